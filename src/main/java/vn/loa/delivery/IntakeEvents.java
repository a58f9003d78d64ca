package vn.loa.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import vn.loa.storage.Database;
import vn.loa.storage.Timestamps;

/** The {@code intake_events} table: what happened to every dropped file, no-ops and rejections included. */
public final class IntakeEvents {

    private final Database db;
    private final Clock clock;

    public IntakeEvents(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(String file, String contentId, String version, Outcome outcome, String message) {
        db.query(c -> record(c, file, contentId, version, outcome, message));
    }

    /** Records an event inside the caller's transaction. */
    public int record(Connection c, String file, String contentId, String version, Outcome outcome, String message)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into intake_events (at, file, content_id, version,"
                + " outcome, message) values (?, ?, ?, ?, ?, ?)")) {
            st.setString(1, Timestamps.format(clock.instant()));
            st.setString(2, file);
            st.setString(3, contentId);
            st.setString(4, version);
            st.setString(5, outcome.key());
            st.setString(6, message == null || message.length() < 4000 ? message : message.substring(0, 3990) + "…");
            return st.executeUpdate();
        }
    }

    /** The id of the newest event, 0 when there is none. */
    public long lastId() {
        return db.query(c -> {
            try (PreparedStatement st = c.prepareStatement("select coalesce(max(id), 0) from intake_events");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The events recorded after event {@code id}, oldest first. */
    public List<IntakeEvent> after(long id) {
        return db.query(c -> {
            try (PreparedStatement st = c.prepareStatement("select id, at, file, content_id, version, outcome, message"
                    + " from intake_events where id > ? order by id")) {
                st.setLong(1, id);
                List<IntakeEvent> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new IntakeEvent(rs.getLong(1), Timestamps.parse(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), Outcome.valueOf(rs.getString(6).toUpperCase()),
                                rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }
}
