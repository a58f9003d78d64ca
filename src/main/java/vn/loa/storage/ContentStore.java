package vn.loa.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.loa.content.Article;

/**
 * The owner of the {@code contents} and {@code content_units} tables (statements in {@code contents.sql}): the
 * current version of every item, the feeds that carry it, and the items a bulletin issue or a report reads.
 */
public final class ContentStore {

    private final Database db;
    private final Queries sql;

    public ContentStore(Database db) {
        this.db = db;
        this.sql = db.queries(ContentStore.class, "contents");
    }

    public Optional<StoredContent> find(String id) {
        return db.query(c -> find(c, id));
    }

    public Optional<StoredContent> find(Connection c, String id) throws SQLException {
        return Jdbc.one(c, sql.sql("find"), ContentStore::row, id);
    }

    /** Inserts or replaces the item and the set of unit feeds that carry it. */
    public void save(Connection c, StoredContent content, Collection<String> feedUnits) throws SQLException {
        Article a = content.article();
        Jdbc.update(c, sql.sql("delete-units"), a.id());
        Jdbc.update(c, sql.sql("upsert"), a.id(), a.version(), a.type().key(), content.status(), a.title(), Json.write(a),
                a.sourceName(), Timestamps.format(content.publishedAt()), Timestamps.format(content.firstSeenAt()),
                Timestamps.format(content.updatedAt()),
                content.withdrawal() == null ? null : Json.write(content.withdrawal()));
        List<Object[]> units = new ArrayList<>();
        for (String unit : feedUnits) {
            units.add(new Object[] {a.id(), unit});
        }
        Jdbc.batch(c, sql.sql("insert-unit"), units);
    }

    /** The published items of a unit's feed, newest first. */
    public List<StoredContent> feed(String unitId, int limit) {
        return db.query(c -> Jdbc.list(c, sql.sql("unit-feed"), ContentStore::row, unitId, limit));
    }

    /** The published items of every unit, newest first. */
    public List<StoredContent> recent(int limit) {
        return db.query(c -> Jdbc.list(c, sql.sql("recent"), ContentStore::row, limit));
    }

    /** Published articles first seen in [from, to), newest first; the caller keeps those of its units. */
    public List<StoredContent> articlesSeen(Connection c, Instant from, Instant to) throws SQLException {
        return Jdbc.list(c, sql.sql("articles-seen"), ContentStore::row, Timestamps.format(from), Timestamps.format(to));
    }

    /** Editor's notes still waiting for an issue, oldest first; the caller keeps those of its bulletin. */
    public List<StoredContent> waitingNotes(Connection c) throws SQLException {
        return Jdbc.list(c, sql.sql("waiting-notes"), ContentStore::row);
    }

    /** Marks editor's notes as consumed by an issue, inside the transaction that stores the issue. */
    public void consumeNotes(Connection c, List<String> ids) throws SQLException {
        Jdbc.batch(c, sql.sql("consume-note"), ids.stream().map(id -> new Object[] {id}).toList());
    }

    /**
     * The articles and bulletin issues (not editor's notes) published in [{@code from}, {@code to}), withdrawn ones
     * included, by publication date: what a report counts.
     */
    public List<StoredContent> publishedBetween(Instant from, Instant to) {
        return db.query(c -> Jdbc.list(c, sql.sql("published-between"), ContentStore::row, Timestamps.format(from),
                Timestamps.format(to)));
    }

    private static StoredContent row(ResultSet rs) throws SQLException {
        String withdrawal = rs.getString(6);
        return new StoredContent(Json.read(rs.getString(1), Article.class), rs.getString(2),
                Timestamps.parse(rs.getString(3)), Timestamps.parse(rs.getString(4)), Timestamps.parse(rs.getString(5)),
                withdrawal == null ? null : Json.read(withdrawal, Withdrawal.class));
    }
}
