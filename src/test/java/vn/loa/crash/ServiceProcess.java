package vn.loa.crash;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.loa.cli.LoaCommand;

/**
 * A temporary Loa installation (loa.yaml with one unit and one email list relayed to a local SMTP port, content and
 * SQLite under a temp folder) whose service runs as a child JVM: {@code java -cp <this JVM's classpath>
 * vn.loa.cli.LoaCommand --config loa.yaml run}. The child's output goes to {@code service.log} in the folder (a file,
 * so a full pipe can never block it). Killed with SIGKILL by {@link #kill()}; {@link #close()} kills whatever runs.
 */
final class ServiceProcess implements AutoCloseable {

    static final String LIST = "ds";
    static final String CONTENT_ID = "tin-cchc";

    final Path root;
    final Path config;
    final Path db;
    final Path log;
    private final int smtpPort;
    private final String retries;
    private final Map<String, String> systemProperties;
    private volatile Process process;
    private int starts;
    /** Kills the child should the test JVM exit without {@link #close()} (a surefire timeout, Ctrl-C). */
    private final Thread orphanGuard = new Thread(this::kill, "kill-loa-child");

    /**
     * @param retries the {@code retries:} section's body lines, or empty for the defaults
     * @param systemProperties {@code -D} properties of the child (Camel reads {@code loa.*} placeholders from them)
     */
    ServiceProcess(Path root, int smtpPort, String retries, Map<String, String> systemProperties) {
        this.root = root;
        this.config = root.resolve("loa.yaml");
        this.db = root.resolve("data").resolve("loa.db");
        this.log = root.resolve("service.log");
        this.smtpPort = smtpPort;
        this.retries = retries;
        this.systemProperties = Map.copyOf(systemProperties);
        writeConfig(freePort());
    }

    private void writeConfig(int httpPort) {
        String home = root.toString().replace('\\', '/');
        write(config, """
                site:
                  base_url: "http://loa.test"
                  timezone: Asia/Ho_Chi_Minh
                paths:
                  content: "%1$s/content"
                  data: "%1$s/data"
                storage:
                  url: "jdbc:sqlite:%1$s/data/loa.db"
                http:
                  port: %2$d
                units:
                  - id: bnv
                    name: "Bộ Nội vụ"
                    lists: [%4$s]
                lists:
                  - id: %4$s
                    name: "Danh sách thử"
                    from: "Bản tin CCHC <bantin@loa.test>"
                    double_opt_in: false
                smtp:
                  host: 127.0.0.1
                  port: %3$d
                  starttls: false
                  tls: false
                  per_second: 0
                  connections: 2
                  timeout_seconds: 10
                intake:
                  stable_millis: 100
                  poll_millis: 100
                """.formatted(home, httpPort, smtpPort, LIST)
                + (retries.isBlank() ? "" : "retries:\n" + retries.stripTrailing().indent(2)));
    }

    /** {@code n} subscribers {@code nguoi00001@so.gov.vn}…, imported with the CLI in this JVM. */
    List<String> importSubscribers(int n) {
        List<String> addresses = IntStream.rangeClosed(1, n).mapToObj(i -> "nguoi%05d@so.gov.vn".formatted(i)).toList();
        Path csv = write(root.resolve("members.csv"), "email,name\n" + IntStream.range(0, n)
                .mapToObj(i -> addresses.get(i) + ",Người thử " + (i + 1)).collect(Collectors.joining("\n")) + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LoaCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "--config", config.toString(), "subscribers", "import", LIST, csv.toString());
        if (exit != 0) {
            throw new IllegalStateException("import failed (" + exit + "): " + out + err);
        }
        return addresses;
    }

    /** Drops the article the way staff should: written beside the inbox, then moved in. */
    void dropArticle() {
        Path target = root.resolve("content/inbox/bnv/" + CONTENT_ID + ".md");
        Path temp = write(root.resolve("drop.tmp"), """
                ---
                id: %s
                title: "Bộ Nội vụ hướng dẫn cải cách hành chính năm 2027"
                status: approved
                approved_by: "Nguyễn Văn An, Chánh Văn phòng"
                units: [bnv]
                channels: [email]
                ---

                Thực hiện kế hoạch cải cách hành chính, đơn vị đã hoàn thành việc rà soát thủ tục hành chính.
                """.formatted(CONTENT_ID));
        try {
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the withdrawal of the article ({@code status: withdrawn}, with its reason), the same way. */
    void dropWithdrawal() {
        Path target = root.resolve("content/inbox/bnv/" + CONTENT_ID + "-go.md");
        Path temp = write(root.resolve("withdraw.tmp"), """
                ---
                id: %s
                title: "Gỡ bài"
                status: withdrawn
                approved_by: "Nguyễn Văn An, Chánh Văn phòng"
                reason: "Văn bản đã được thay thế"
                ---
                """.formatted(CONTENT_ID));
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deliveries of {@code kind} by email. */
    List<Row> emailDeliveries(String kind) {
        return query("select id, recipient, status, attempts, last_error from deliveries where channel = 'email'"
                + " and kind = '" + kind + "' order by id", rs -> new Row(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getInt(4), rs.getString(5)));
    }

    /** Starts the service in a child JVM (on a fresh HTTP port each time). */
    void start() {
        if (isRunning()) {
            throw new IllegalStateException("already running");
        }
        writeConfig(freePort());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "vn.loa.cli.LoaCommand", "--config", config.toString(), "run"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Path.of(System.getProperty("user.dir")).toFile()) // routes/ and templates/ of the project
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("LOA_CONFIG");
        builder.environment().remove("LOA_LOG_LEVEL");
        try {
            Files.writeString(log, "=== start " + (++starts) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
            if (starts == 1) {
                Runtime.getRuntime().addShutdownHook(orphanGuard);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The child's exit code if it stopped on its own, for failure messages. */
    String state() {
        return process == null ? "never started" : process.isAlive() ? "running" : "exited " + process.exitValue();
    }

    /** SIGKILL (on Linux {@link Process#destroyForcibly()}), waiting until the process is gone. */
    void kill() {
        Process process = this.process;
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the service did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        this.process = null;
    }

    @Override
    public void close() {
        kill();
        if (starts > 0) {
            try {
                Runtime.getRuntime().removeShutdownHook(orphanGuard);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs (or ran) anyway
            }
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    // --- the delivery log, read straight from the SQLite file (WAL: readable while the child writes) ---

    /** One row of the deliveries table. */
    record Row(long id, String recipient, String status, int attempts, String lastError) {
    }

    List<Row> emailDeliveries() {
        return query("select id, recipient, status, attempts, last_error from deliveries where channel = 'email'"
                + " order by id", rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getString(5)));
    }

    /** Deliveries (any channel) in each status. */
    Map<String, Integer> statusCounts() {
        Map<String, Integer> counts = new HashMap<>();
        query("select status, count(*) from deliveries group by status",
                rs -> counts.put(rs.getString(1), rs.getInt(2)));
        return counts;
    }

    int count(String sql) {
        return query(sql, rs -> rs.getInt(1)).get(0);
    }

    /** True once the article's deliveries are recorded and none is pending any more. */
    boolean nothingPending() {
        return count("select count(*) from deliveries where channel = 'email'") > 0
                && count("select count(*) from deliveries where status = 'pending'") == 0;
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper) {
        Properties props = new Properties();
        props.setProperty("busy_timeout", "30000");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, props);
             PreparedStatement st = c.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** How the child gets its classpath, for the test's closing note. */
    static String classpathNote() {
        String cp = System.getProperty("java.class.path");
        return cp.contains(java.io.File.pathSeparator) ? "classpath of " + cp.split(java.io.File.pathSeparator).length
                + " entries" : "manifest-only jar " + Path.of(cp).getFileName() + " (its Class-Path works with -cp)";
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
