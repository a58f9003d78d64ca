package vn.loa.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Storage;
import vn.loa.storage.Database;
import vn.loa.subscriber.SubscriptionTokens;

/** The data folder, the database with its journals, and the token secret are readable by their owner only. */
class PrivateFilesTest {

    @TempDir
    Path tmp;

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    static Database open(Path data) {
        return Database.open(new Storage("jdbc:sqlite:" + data.resolve("loa.db"), null, null));
    }

    @Test
    void aFreshInstall_createsTheDataFolderDatabaseJournalsAndSecret_forTheOwnerOnly() throws Exception {
        Path data = tmp.resolve("data");

        try (Database db = open(data)) {
            db.inTransaction(c -> c.createStatement().executeUpdate("create table thu (x integer)"));
            byte[] secret = SubscriptionTokens.loadSecret(null, data);

            assertThat(secret).isNotEmpty();
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(data.resolve("loa.db-wal")).exists();
            assertThat(data.resolve("loa.db-shm")).exists();
            for (String name : new String[] {"loa.db", "loa.db-wal", "loa.db-shm", "secret"}) {
                assertThat(mode(data.resolve(name))).as(name).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void anOlderInstallsOpenFiles_areRestrictedAtTheNextStart() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        try (Database db = open(data)) {
            SubscriptionTokens.loadSecret(null, data);
        }
        Files.writeString(data.resolve("loa.db-wal"), "");
        for (String name : new String[] {"loa.db", "loa.db-wal", "secret"}) {
            Files.setPosixFilePermissions(data.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        PrivateFiles.folder(data);
        try (Database db = open(data)) {
            SubscriptionTokens.loadSecret(null, data);
        }

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("loa.db"))).isEqualTo("rw-------");
        assertThat(mode(data.resolve("secret"))).isEqualTo("rw-------");
    }
}
