package vn.loa.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import vn.loa.guard.PrivateFiles;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import vn.loa.config.Storage;
import vn.loa.i18n.Messages;

/**
 * Loa's database (SQLite or PostgreSQL, by the URL): a pooled DataSource, migrated on open from
 * {@code db/migration/<vendor>}, with transaction helpers. Opening refuses, with the URL (never its password) and
 * the migration concerned, a database it cannot reach, one whose schema is newer than this build, and one where a
 * migration failed.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Vendor vendor;
    private final Queries queries;

    private Database(HikariDataSource dataSource, Vendor vendor) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.queries = Queries.of(Database.class, "database", vendor);
    }

    public static Database open(Storage storage) {
        String url = storage.url();
        String shown = StorageUrls.redact(url);
        Vendor vendor = Vendor.of(url);
        if (vendor == null) {
            throw new StorageException(Messages.t("storage.unsupported", shown), null);
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setPoolName("loa-db");
        if (storage.username() != null && !storage.username().isBlank()) {
            hikari.setUsername(storage.username());
            hikari.setPassword(storage.password());
        }
        if (vendor == Vendor.SQLITE) {
            createParentFolder(url);
            // WAL lets readers (HTTP, CLI) work while the pipeline writes; FULL makes a commit durable.
            hikari.addDataSourceProperty("journal_mode", "WAL");
            hikari.addDataSourceProperty("synchronous", "FULL");
            hikari.addDataSourceProperty("busy_timeout", "30000");
            hikari.addDataSourceProperty("foreign_keys", "true");
            // a write transaction takes the lock at BEGIN, so it waits (busy_timeout) instead of failing on upgrade
            hikari.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            hikari.setMaximumPoolSize(4);
        } else {
            hikari.setMaximumPoolSize(10);
            hikari.setMinimumIdle(2);
            hikari.setConnectionTimeout(10_000);
        }
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StorageException(Messages.t("storage.unreachable", shown, user(storage), cause.getMessage()), e);
        }
        try {
            migrate(ds, vendor, shown);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, vendor);
    }

    /** Brings the schema to this build's latest version, refusing a newer or half-migrated one. */
    private static void migrate(DataSource ds, Vendor vendor, String shown) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/" + vendor.key())
                // a schema newer than this build is refused (validation fails), not silently ignored
                .ignoreMigrationPatterns("")
                .load();
        try {
            flyway.migrate();
        } catch (FlywayMigrateException e) {
            throw new StorageException(Messages.t("storage.migration.failed", shown,
                    e.getMigration() == null ? "?" : name(e.getMigration()), e.getMessage()), e);
        } catch (FlywayException e) {
            // validation refused the schema before migrating anything: say why in the operator's terms
            throw diagnosis(flyway, shown).orElseGet(() -> new StorageException(
                    Messages.t("storage.migration.error", shown, e.getMessage()), e));
        }
    }

    /** A migration that failed earlier, or a schema newer than this build, as the reason a database is refused. */
    private static Optional<StorageException> diagnosis(Flyway flyway, String shown) {
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (FlywayException e) {
            return Optional.empty();
        }
        Optional<MigrationInfo> failed = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FAILED || m.getState() == MigrationState.FUTURE_FAILED).findFirst();
        if (failed.isPresent()) {
            return Optional.of(new StorageException(Messages.t("storage.migration.failed.before", shown,
                    name(failed.get())), null));
        }
        MigrationVersion known = Arrays.stream(info.all()).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS)
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
        MigrationInfo current = info.current();
        if (current != null && current.getVersion() != null && current.getVersion().compareTo(known) > 0) {
            return Optional.of(new StorageException(Messages.t("storage.migration.newer", shown,
                    current.getVersion().getVersion(), name(current), known.getVersion()), null));
        }
        return Optional.empty();
    }

    private static String name(MigrationInfo m) {
        return "V" + m.getVersion().getVersion() + " (" + m.getDescription() + ")";
    }

    private static String user(Storage storage) {
        return storage.username() == null || storage.username().isBlank() ? "-" : storage.username();
    }

    /**
     * The database file's folder (made its owner's only when Loa creates it) and the file itself, created empty and
     * readable by its owner only before SQLite opens it: SQLite gives its {@code -wal} and {@code -shm} journals the
     * database file's permissions. Files of an older install are restricted too.
     */
    private static void createParentFolder(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path db = Path.of(file).toAbsolutePath();
        Path parent = db.getParent();
        try {
            if (!Files.isDirectory(parent)) {
                PrivateFiles.folder(parent);
            }
            PrivateFiles.create(db);
            PrivateFiles.ownerOnly(db.resolveSibling(db.getFileName() + "-wal"));
            PrivateFiles.ownerOnly(db.resolveSibling(db.getFileName() + "-shm"));
        } catch (java.io.UncheckedIOException e) {
            throw new StorageException("cannot create the folder " + parent + " for the database: " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The named statements of a store for this database's vendor (see {@link Queries}). */
    public Queries queries(Class<?> owner, String store) {
        return Queries.of(owner, store, vendor);
    }

    /** The database's clock, in the form of {@link Timestamps}: the one clock every node agrees on. */
    public String now() {
        return query(c -> Jdbc.one(c, queries.sql("select-now"), rs -> rs.getString(1)).orElseThrow());
    }

    /** Work that uses one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("database error: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} with auto-commit, for reads and single statements. */
    public <T> T query(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException("database error: " + e.getMessage(), e);
        }
    }

    /**
     * Runs read-only {@code work} that streams a large result (with a fetch size): on PostgreSQL inside a read-only
     * transaction, the only place its driver streams; on SQLite with auto-commit, since a transaction there would take
     * the write lock.
     */
    public <T> T stream(Work<T> work) {
        if (vendor == Vendor.SQLITE) {
            return query(work);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new StorageException("database error: " + e.getMessage(), e);
        }
    }

    public boolean isUp() {
        return query(c -> c.isValid(2));
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
