package vn.loa.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Clock;
import vn.loa.storage.Database;
import vn.loa.storage.Jdbc;
import vn.loa.storage.Queries;
import vn.loa.storage.Timestamps;

/**
 * A durable count of unfinished attempts per file: recorded (and committed) before a file is parsed, cleared once
 * it has ended in published/, scheduled/ or rejected/. A file that keeps stopping the process is quarantined. The
 * owner of the {@code intake_attempts} table ({@code intake-attempts.sql}).
 */
public final class IntakeAttempts {

    /** After this many unfinished attempts a file is rejected unread. */
    public static final int QUARANTINE_AFTER = 3;

    private final Database db;
    private final Clock clock;
    private final Queries sql;

    public IntakeAttempts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.sql = db.queries(IntakeAttempts.class, "intake-attempts");
    }

    /** Records an attempt at {@code file}; answers how many attempts before this one never finished. */
    public int begin(String file) {
        return db.inTransaction(c -> {
            int unfinished = Jdbc.one(c, sql.sql("attempts-of"), rs -> rs.getInt(1), file).orElse(0);
            Jdbc.update(c, sql.sql("begin"), file, Timestamps.format(clock.instant()));
            return unfinished;
        });
    }

    /** {@link #begin} for several files in one transaction; answers each file's unfinished attempts before this one. */
    public Map<String, Integer> beginAll(List<String> files) {
        return db.inTransaction(c -> {
            Map<String, Integer> unfinished = unfinished(c, files);
            String now = Timestamps.format(clock.instant());
            Jdbc.batch(c, sql.sql("begin"), files.stream().map(f -> new Object[] {f, now}).toList());
            return unfinished;
        });
    }

    /** The files among {@code files} that have unfinished attempts, with how many; files without any are left out. */
    public Map<String, Integer> unfinished(List<String> files) {
        return db.query(c -> unfinished(c, files));
    }

    private Map<String, Integer> unfinished(Connection c, List<String> files) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        Set<String> wanted = new HashSet<>(files);
        Jdbc.list(c, sql.sql("all"), rs -> {
            if (wanted.contains(rs.getString(1))) {
                out.put(rs.getString(1), rs.getInt(2));
            }
            return null;
        });
        return out;
    }

    /** {@link #end} for several files in one transaction. */
    public void endAll(List<String> files) {
        db.inTransaction(c -> {
            Jdbc.batch(c, sql.sql("end"), files.stream().map(f -> new Object[] {f}).toList());
            return null;
        });
    }

    public void end(String file) {
        db.query(c -> Jdbc.update(c, sql.sql("end"), file));
    }
}
