package vn.loa.bulletin;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.loa.storage.Database;
import vn.loa.storage.Jdbc;
import vn.loa.storage.Json;
import vn.loa.storage.Queries;
import vn.loa.storage.Timestamps;

/** The owner of the {@code bulletin_issues} table ({@code bulletin-issues.sql}). */
public final class IssueTable {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    private final Database db;
    private final Queries sql;

    public IssueTable(Database db) {
        this.db = db;
        this.sql = db.queries(IssueTable.class, "bulletin-issues");
    }

    void insert(Connection c, IssueRecord r) throws SQLException {
        Jdbc.update(c, sql.sql("insert"), r.bulletinId(), Timestamps.format(r.slot()), r.year(), r.number(), r.status(),
                Timestamps.format(r.periodFrom()), Timestamps.format(r.periodTo()), Json.write(r.articles()),
                Json.write(r.noteIds()), r.contentId(), r.reason(), r.view() == null ? null : r.view().json(),
                Timestamps.format(r.createdAt()), Timestamps.format(r.sentAt()));
    }

    void markSent(String contentId, Instant at) {
        db.query(c -> Jdbc.update(c, sql.sql("mark-sent"), Timestamps.format(at), contentId));
    }

    /** Every row of a bulletin, the latest slot first. */
    List<IssueRecord> all(String bulletinId) {
        return db.query(c -> all(c, bulletinId));
    }

    List<IssueRecord> all(Connection c, String bulletinId) throws SQLException {
        return Jdbc.list(c, sql.sql("all"), IssueTable::row, bulletinId);
    }

    /** The compiled or sent issues of a bulletin, newest first. */
    List<IssueRecord> issues(String bulletinId) {
        return db.query(c -> Jdbc.list(c, sql.sql("issues"), IssueTable::row, bulletinId));
    }

    /** The issues (not skipped) published as the items {@code contentIds}: what a report lists. */
    public List<IssueRecord> publishedAs(Collection<String> contentIds) {
        if (contentIds.isEmpty()) {
            return List.of();
        }
        return db.query(c -> Jdbc.list(c, sql.sql("published-as"), IssueTable::row, Json.write(List.copyOf(contentIds))));
    }

    Optional<IssueRecord> issue(String bulletinId, int year, int number) {
        return db.query(c -> Jdbc.one(c, sql.sql("issue"), IssueTable::row, bulletinId, year, number));
    }

    /** Where the next issue's period starts: the end of the latest issue that was not skipped. */
    Optional<Instant> lastPeriodEnd(Connection c, String bulletinId) throws SQLException {
        return Jdbc.one(c, sql.sql("last-period-end"), rs -> Timestamps.parse(rs.getString(1)), bulletinId);
    }

    /** Where a skipped first issue's period started, so its articles still go into the first issue sent. */
    Optional<Instant> firstSkippedStart(Connection c, String bulletinId) throws SQLException {
        return Jdbc.one(c, sql.sql("first-skipped-start"), rs -> Timestamps.parse(rs.getString(1)), bulletinId);
    }

    int maxNumber(Connection c, String bulletinId, int year) throws SQLException {
        return Jdbc.one(c, sql.sql("max-number"), rs -> rs.getInt(1), bulletinId, year).orElse(0);
    }

    private static IssueRecord row(ResultSet rs) throws SQLException {
        String view = rs.getString(12);
        return new IssueRecord(rs.getString(1), Timestamps.parse(rs.getString(2)), integer(rs, 3), integer(rs, 4),
                rs.getString(5), Timestamps.parse(rs.getString(6)), Timestamps.parse(rs.getString(7)),
                ids(rs.getString(8)), ids(rs.getString(9)), rs.getString(10), rs.getString(11),
                view == null ? null : IssueView.read(view), Timestamps.parse(rs.getString(13)),
                Timestamps.parse(rs.getString(14)));
    }

    private static List<String> ids(String json) {
        try {
            return Json.MAPPER.readValue(json, IDS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot read the ids " + json, e);
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
