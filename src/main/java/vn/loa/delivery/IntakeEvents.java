package vn.loa.delivery;

import java.sql.PreparedStatement;
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
        db.query(c -> {
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
        });
    }
}
