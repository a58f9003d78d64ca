package vn.loa.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import vn.loa.guard.PrivateFiles;
import vn.loa.config.Storage;

/** The delivery-log database: a pooled DataSource, migrated on open, with a transaction helper. */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final boolean sqlite;

    private Database(HikariDataSource dataSource, boolean sqlite) {
        this.dataSource = dataSource;
        this.sqlite = sqlite;
    }

    public static Database open(Storage storage) {
        String url = storage.url();
        boolean sqlite = url.startsWith("jdbc:sqlite:");
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setPoolName("loa-db");
        if (storage.username() != null) {
            hikari.setUsername(storage.username());
            hikari.setPassword(storage.password());
        }
        if (sqlite) {
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
        }
        HikariDataSource ds = new HikariDataSource(hikari);
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration/" + vendor(url))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StorageException("cannot prepare the database at " + url + ": " + e.getMessage(), e);
        }
        return new Database(ds, sqlite);
    }

    /** Migrations are written per database: DDL differs (identity columns), queries are portable. */
    private static String vendor(String url) {
        String rest = url.substring("jdbc:".length());
        return rest.substring(0, rest.indexOf(':'));
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

    public boolean isSqlite() {
        return sqlite;
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

    public boolean isUp() {
        return query(c -> c.isValid(2));
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
