package vn.loa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Storage;

/** The embedded default: an SQLite log in WAL mode whose every commit is durable. */
class SqliteDurabilityTest {

    @TempDir
    Path tmp;

    @Test
    void sqliteLog_isInWalModeWithDurableCommits() {
        try (Database db = Database.open(new Storage("jdbc:sqlite:" + tmp.resolve("loa.db"), null, null))) {
            String[] pragmas = db.query(c -> {
                try (var st = c.createStatement()) {
                    var journal = st.executeQuery("pragma journal_mode");
                    journal.next();
                    String mode = journal.getString(1);
                    var sync = st.executeQuery("pragma synchronous");
                    sync.next();
                    return new String[] {mode, sync.getString(1)};
                }
            });

            assertThat(pragmas).containsExactly("wal", "2");   // synchronous 2 = FULL: a commit survives power loss
        }
    }
}
