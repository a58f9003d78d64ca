package vn.loa.intake;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import vn.loa.storage.Database;
import vn.loa.storage.Timestamps;

/**
 * A durable count of unfinished attempts per file: recorded (and committed) before a file is parsed, cleared once
 * it has ended in published/, scheduled/ or rejected/. A file that keeps stopping the process is quarantined.
 */
public final class IntakeAttempts {

    /** After this many unfinished attempts a file is rejected unread. */
    public static final int QUARANTINE_AFTER = 3;

    private final Database db;
    private final Clock clock;

    public IntakeAttempts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records an attempt at {@code file}; answers how many attempts before this one never finished. */
    public int begin(String file) {
        return db.inTransaction(c -> {
            int unfinished = 0;
            try (PreparedStatement st = c.prepareStatement("select attempts from intake_attempts where file = ?")) {
                st.setString(1, file);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        unfinished = rs.getInt(1);
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("insert into intake_attempts (file, attempts, started_at)"
                    + " values (?, 1, ?) on conflict (file) do update set attempts = intake_attempts.attempts + 1,"
                    + " started_at = excluded.started_at")) {
                st.setString(1, file);
                st.setString(2, Timestamps.format(clock.instant()));
                st.executeUpdate();
            }
            return unfinished;
        });
    }

    public void end(String file) {
        db.query(c -> {
            try (PreparedStatement st = c.prepareStatement("delete from intake_attempts where file = ?")) {
                st.setString(1, file);
                return st.executeUpdate();
            }
        });
    }
}
