package vn.loa.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** {@link #begin} for several files in one transaction; answers each file's unfinished attempts before this one. */
    public Map<String, Integer> beginAll(List<String> files) {
        return db.inTransaction(c -> {
            Map<String, Integer> unfinished = unfinished(c, files);
            try (PreparedStatement st = c.prepareStatement("insert into intake_attempts (file, attempts, started_at)"
                    + " values (?, 1, ?) on conflict (file) do update set attempts = intake_attempts.attempts + 1,"
                    + " started_at = excluded.started_at")) {
                String now = Timestamps.format(clock.instant());
                for (String file : files) {
                    st.setString(1, file);
                    st.setString(2, now);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return unfinished;
        });
    }

    /** The files among {@code files} that have unfinished attempts, with how many; files without any are left out. */
    public Map<String, Integer> unfinished(List<String> files) {
        return db.query(c -> unfinished(c, files));
    }

    private static Map<String, Integer> unfinished(Connection c, List<String> files) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        Set<String> wanted = new HashSet<>(files);
        try (PreparedStatement st = c.prepareStatement("select file, attempts from intake_attempts");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                if (wanted.contains(rs.getString(1))) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** {@link #end} for several files in one transaction. */
    public void endAll(List<String> files) {
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("delete from intake_attempts where file = ?")) {
                for (String file : files) {
                    st.setString(1, file);
                    st.addBatch();
                }
                return st.executeBatch();
            }
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
