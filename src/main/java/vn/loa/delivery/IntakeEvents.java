package vn.loa.delivery;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import vn.loa.storage.Database;
import vn.loa.storage.Jdbc;
import vn.loa.storage.Json;
import vn.loa.storage.Queries;
import vn.loa.storage.Timestamps;

/** The owner of the {@code intake_events} table ({@code intake-events.sql}): what happened to every dropped file. */
public final class IntakeEvents {

    private final Database db;
    private final Clock clock;
    private final Queries sql;

    public IntakeEvents(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.sql = db.queries(IntakeEvents.class, "intake-events");
    }

    public void record(String file, String contentId, String version, Outcome outcome, String message) {
        db.query(c -> record(c, file, contentId, version, outcome, message));
    }

    /** Records an event inside the caller's transaction. */
    public int record(Connection c, String file, String contentId, String version, Outcome outcome, String message)
            throws SQLException {
        return Jdbc.update(c, sql.sql("insert"), Timestamps.format(clock.instant()), file, contentId, version, outcome.key(),
                message == null || message.length() < 4000 ? message : message.substring(0, 3990) + "…");
    }

    /** The id of the newest event, 0 when there is none. */
    public long lastId() {
        return db.query(c -> Jdbc.one(c, sql.sql("last-id"), rs -> rs.getLong(1)).orElse(0L));
    }

    /** The events recorded after event {@code id}, oldest first. */
    public List<IntakeEvent> after(long id) {
        return db.query(c -> Jdbc.list(c, sql.sql("after"), IntakeEvents::row, id));
    }

    /** The updates and withdrawals of the items {@code contentIds}, oldest first. */
    public List<IntakeEvent> changes(Collection<String> contentIds) {
        if (contentIds.isEmpty()) {
            return List.of();
        }
        return db.query(c -> Jdbc.list(c, sql.sql("changes-of"), IntakeEvents::row, Json.write(List.copyOf(contentIds))));
    }

    private static IntakeEvent row(ResultSet rs) throws SQLException {
        return new IntakeEvent(rs.getLong(1), Timestamps.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), Outcome.valueOf(rs.getString(6).toUpperCase()), rs.getString(7));
    }
}
