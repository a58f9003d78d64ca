package vn.loa.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Storage;
import vn.loa.i18n.Messages;
import vn.loa.testing.TestStores;

/**
 * Opening the database refuses, naming the URL (never its password) and the migration, a server it cannot reach, a
 * schema newer than this build, and a migration that fails or failed before. On both stores.
 */
@Tag("store")
class DatabaseOpeningTest {

    @TempDir
    Path tmp;

    @Test
    void unreachableServer_isNamedWithoutItsPassword() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + closed + "/loa?password=mat-khau-bi-mat&ssl=false";

        assertThatThrownBy(() -> Database.open(new Storage(url, "loa", "mat-khau-bi-mat")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("jdbc:postgresql://localhost:" + closed + "/loa?password=***&ssl=false")
                .hasMessageContaining("loa)")
                .hasMessageNotContaining("mat-khau-bi-mat");
    }

    @Test
    void userInfoPassword_isHiddenToo() {
        assertThat(StorageUrls.redact("jdbc:postgresql://loa:bi-mat@db.example:5432/loa"))
                .isEqualTo("jdbc:postgresql://loa:***@db.example:5432/loa");
    }

    @Test
    void unsupportedUrl_saysWhichAreSupported() {
        assertThatThrownBy(() -> Database.open(new Storage("jdbc:mysql://localhost/loa", null, null)))
                .hasMessageContaining("jdbc:mysql://localhost/loa").hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void schemaNewerThanThisBuild_isRefused_namingTheVersions() throws SQLException {
        Storage storage = TestStores.emptyStorage(tmp);
        try (Database db = Database.open(storage); Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) values (100, '999', 'from a newer loa', 'SQL',"
                    + " 'V999__from_a_newer_loa.sql', 0, 'test', 0, true)");
        }

        assertThatThrownBy(() -> Database.open(storage))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(StorageUrls.redact(storage.url()))
                .hasMessageContaining(" 999 V999 (from a newer loa)")
                .hasMessageContaining(" " + latestVersion() + ")");
    }

    @Test
    void failingMigration_isNamed_andTheDatabaseStaysAtTheVersionBefore() throws SQLException {
        Storage storage = TestStores.emptyStorage(tmp);
        Flyway.configure().dataSource(storage.url(), storage.username(), storage.password())
                .locations("classpath:db/migration/" + TestStores.vendor().key()).target("8").load().migrate();
        execute(storage, "alter table deliveries add column claimed_by varchar(200)");

        assertThatThrownBy(() -> Database.open(storage))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(StorageUrls.redact(storage.url()))
                .hasMessageContaining(" V9 (delivery leases) ");
        assertThat(Flyway.configure().dataSource(storage.url(), storage.username(), storage.password())
                .locations("classpath:db/migration/" + TestStores.vendor().key()).load().info().current().getVersion()
                .getVersion()).isEqualTo("8");
    }

    @Test
    void migrationThatFailedBefore_isRefusedUntilRepaired() throws SQLException {
        Storage storage = TestStores.emptyStorage(tmp);
        Database.open(storage).close();
        execute(storage, "insert into flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) values (100, '99', 'half done', 'SQL',"
                + " 'V99__half_done.sql', 0, 'test', 0, false)");

        assertThatThrownBy(() -> Database.open(storage))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(StorageUrls.redact(storage.url()))
                .hasMessageContaining("V99 (half done)");
    }

    @Test
    void messages_areInEnglishToo() {
        assertThat(Messages.of("en").get("storage.migration.newer", "URL", "20", "V20 (x)", "19"))
                .isEqualTo("the database at URL is at schema version 20 V20 (x), newer than this Loa knows (up to 19):"
                        + " run the Loa version that migrated it, or a newer one");
    }

    /** The newest migration of this build. */
    private static String latestVersion() {
        var pending = Flyway.configure().locations("classpath:db/migration/" + TestStores.vendor().key())
                .dataSource("jdbc:sqlite::memory:", null, null).load().info().pending();
        return pending[pending.length - 1].getVersion().getVersion();
    }

    private static void execute(Storage storage, String sql) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(storage.url(), storage.username(), storage.password());
             Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
