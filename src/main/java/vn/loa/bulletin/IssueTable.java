package vn.loa.bulletin;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.loa.content.Article;
import vn.loa.storage.Database;
import vn.loa.storage.Json;
import vn.loa.storage.StoredContent;
import vn.loa.storage.Timestamps;

/** The SQL of the bulletin: table {@code bulletin_issues}, and the articles and notes an issue takes from {@code contents}. */
final class IssueTable {

    private static final String COLUMNS = "bulletin_id, slot, year, number, status, period_from, period_to, articles,"
            + " note_ids, content_id, reason, view, created_at, sent_at";
    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    private final Database db;

    IssueTable(Database db) {
        this.db = db;
    }

    void insert(Connection c, IssueRecord r) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into bulletin_issues (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, r.bulletinId());
            st.setString(2, Timestamps.format(r.slot()));
            setInt(st, 3, r.year());
            setInt(st, 4, r.number());
            st.setString(5, r.status());
            st.setString(6, Timestamps.format(r.periodFrom()));
            st.setString(7, Timestamps.format(r.periodTo()));
            st.setString(8, Json.write(r.articles()));
            st.setString(9, Json.write(r.noteIds()));
            st.setString(10, r.contentId());
            st.setString(11, r.reason());
            st.setString(12, r.view() == null ? null : r.view().json());
            st.setString(13, Timestamps.format(r.createdAt()));
            st.setString(14, Timestamps.format(r.sentAt()));
            st.executeUpdate();
        }
    }

    void markSent(String contentId, Instant at) {
        db.query(c -> {
            try (PreparedStatement st = c.prepareStatement("update bulletin_issues set status = 'sent', sent_at = ?"
                    + " where content_id = ? and status = 'compiled'")) {
                st.setString(1, Timestamps.format(at));
                st.setString(2, contentId);
                return st.executeUpdate();
            }
        });
    }

    /** Every row of a bulletin, the latest slot first. */
    List<IssueRecord> all(String bulletinId) {
        return db.query(c -> all(c, bulletinId));
    }

    List<IssueRecord> all(Connection c, String bulletinId) throws SQLException {
        return list(c, "select " + COLUMNS + " from bulletin_issues where bulletin_id = ? order by slot desc", bulletinId);
    }

    /** The compiled or sent issues of a bulletin, newest first. */
    List<IssueRecord> issues(String bulletinId) {
        return db.query(c -> list(c, "select " + COLUMNS + " from bulletin_issues where bulletin_id = ? and status <> 'skipped'"
                + " order by year desc, number desc", bulletinId));
    }

    Optional<IssueRecord> issue(String bulletinId, int year, int number) {
        return db.query(c -> list(c, "select " + COLUMNS + " from bulletin_issues where bulletin_id = ? and year = ?"
                + " and number = ?", bulletinId, year, number)).stream().findFirst();
    }

    /** Where the next issue's period starts: the end of the latest issue that was not skipped. */
    Optional<Instant> lastPeriodEnd(Connection c, String bulletinId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select max(period_to) from bulletin_issues"
                + " where bulletin_id = ? and status <> 'skipped'")) {
            st.setString(1, bulletinId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(Timestamps.parse(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Where a skipped first issue's period started, so its articles still go into the first issue sent. */
    Optional<Instant> firstSkippedStart(Connection c, String bulletinId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select min(period_from) from bulletin_issues"
                + " where bulletin_id = ? and status = 'skipped'")) {
            st.setString(1, bulletinId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(Timestamps.parse(rs.getString(1))) : Optional.empty();
            }
        }
    }

    int maxNumber(Connection c, String bulletinId, int year) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select coalesce(max(number), 0) from bulletin_issues"
                + " where bulletin_id = ? and year = ? and status <> 'skipped'")) {
            st.setString(1, bulletinId);
            st.setInt(2, year);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Published articles first seen in [from, to), newest first; the caller keeps those of its units. */
    List<StoredContent> articlesSeen(Connection c, Instant from, Instant to) throws SQLException {
        return contents(c, "select document, status, published_at, first_seen_at, updated_at from contents"
                + " where type = 'article' and status = 'published' and first_seen_at >= ? and first_seen_at < ?"
                + " order by first_seen_at desc, published_at desc, id", Timestamps.format(from), Timestamps.format(to));
    }

    /** Editor's notes still waiting for an issue, oldest first; the caller keeps those of its bulletin. */
    List<StoredContent> waitingNotes(Connection c) throws SQLException {
        return contents(c, "select document, status, published_at, first_seen_at, updated_at from contents"
                + " where type = 'bulletin' and status = 'note' order by first_seen_at, id");
    }

    void consumeNotes(Connection c, List<String> ids) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update contents set status = 'consumed' where id = ? and status = 'note'")) {
            for (String id : ids) {
                st.setString(1, id);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static List<StoredContent> contents(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setString(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                List<StoredContent> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new StoredContent(Json.read(rs.getString(1), Article.class), rs.getString(2),
                            Timestamps.parse(rs.getString(3)), Timestamps.parse(rs.getString(4)), Timestamps.parse(rs.getString(5))));
                }
                return out;
            }
        }
    }

    private static List<IssueRecord> list(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                List<IssueRecord> out = new ArrayList<>();
                while (rs.next()) {
                    String view = rs.getString(12);
                    out.add(new IssueRecord(rs.getString(1), Timestamps.parse(rs.getString(2)), integer(rs, 3), integer(rs, 4),
                            rs.getString(5), Timestamps.parse(rs.getString(6)), Timestamps.parse(rs.getString(7)),
                            ids(rs.getString(8)), ids(rs.getString(9)), rs.getString(10), rs.getString(11),
                            view == null ? null : IssueView.read(view), Timestamps.parse(rs.getString(13)),
                            Timestamps.parse(rs.getString(14))));
                }
                return out;
            }
        }
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

    private static void setInt(PreparedStatement st, int index, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setInt(index, value);
        }
    }
}
