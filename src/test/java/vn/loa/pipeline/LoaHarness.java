package vn.loa.pipeline;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import vn.loa.app.Components;
import vn.loa.app.LoaRuntime;
import vn.loa.app.Mode;
import vn.loa.config.ConfigLoader;
import vn.loa.config.LoaConfig;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryFilter;
import vn.loa.testing.MutableClock;
import vn.loa.testing.TestStores;

/**
 * The real service (routes from {@code routes/}, Camel Main, HTTP, the test store: an SQLite file or a PostgreSQL
 * database) over a temp folder, with a clock the test controls and fast polling.
 */
final class LoaHarness implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-20T01:00:00Z");

    static final String CONFIG = """
            site:
              base_url: "http://loa.test"
              timezone: Asia/Ho_Chi_Minh
              language: %6$s
            paths:
              content: "%1$s/content"
              data: "%1$s/data"
            %5$shttp:
              port: %2$d
            %4$s
            units:
              - id: bnv
                name: "Bộ Nội vụ"
                website: "https://moha.gov.vn"
                article_url: "https://moha.gov.vn/tin/{id}"
                lists: [lanh-dao]
                chats: [cchc-slack, zalo-bnv]
                feed_items: 3
              - id: so-noi-vu-hn
                name: "Sở Nội vụ thành phố Hà Nội"
                parent: bnv
                chats: [cchc-slack]
            %3$s
            lists:
              - id: lanh-dao
                name: "Lãnh đạo"
                from: "Bản tin CCHC <bantin@loa.test>"
              - id: zalo-bnv-followers
                name: "Người theo dõi Zalo"
                kind: zalo
            chats:
              - id: cchc-slack
                type: slack
                url: "${LOA_TEST_UNSET_SLACK_URL}"
              - id: zalo-bnv
                type: zalo
                token: "${LOA_TEST_UNSET_ZALO_TOKEN}"
                followers: zalo-bnv-followers
            %7$s""";

    final Path root;
    final MutableClock clock = new MutableClock(START);
    final int port;
    final LoaConfig config;
    /** The environment secrets are read from ({@code LOA_ADMIN_TOKEN}, {@code LOA_SECRET}): none unless a test says. */
    Map<String, String> env = Map.of();
    private Components components;
    private LoaRuntime runtime;
    private final HttpClient http = HttpClient.newHttpClient();

    LoaHarness(Path root) throws Exception {
        this(root, "");
    }

    /** The test configuration with {@code site.language} set to {@code language} ({@code vi} or {@code en}). */
    static LoaHarness speaking(String language, Path root, String extraYaml) throws Exception {
        return new LoaHarness(root, "", "", extraYaml, language);
    }

    /** With more top-level sections (say {@code smtp:} or {@code retries:}) appended to the test configuration. */
    LoaHarness(Path root, String extraYaml) throws Exception {
        this(root, "", extraYaml);
    }

    /** With more units (list items such as {@code "  - id: ubnd-hn\n    name: …"}) and more top-level sections. */
    LoaHarness(Path root, String extraUnits, String extraYaml) throws Exception {
        this(root, extraUnits, "", extraYaml);
    }

    /** With more units, more keys of {@code http:} (such as {@code "  header_timeout_seconds: 1\n"}), more sections. */
    LoaHarness(Path root, String extraUnits, String extraHttp, String extraYaml) throws Exception {
        this(root, extraUnits, extraHttp, extraYaml, "vi");
    }

    /** As {@link #LoaHarness(Path, String, String, String)}, with {@code site.language} set to {@code language}. */
    LoaHarness(Path root, String extraUnits, String extraHttp, String extraYaml, String language) throws Exception {
        this(root, extraUnits, extraHttp, extraYaml, language, "");
    }

    /** With more chats too (list items such as {@code "  - id: tg\n    type: telegram\n …"}). */
    LoaHarness(Path root, String extraUnits, String extraHttp, String extraYaml, String language, String extraChats)
            throws Exception {
        this.root = root;
        this.port = freePort();
        Path file = root.resolve("loa.yaml");
        Files.writeString(file, CONFIG.formatted(root.toString().replace('\\', '/'), port, extraUnits, extraHttp,
                TestStores.yaml(root.resolve("data")), language, extraChats) + extraYaml);
        this.config = new ConfigLoader(Map.of()).load(file);
    }

    LoaHarness start() throws Exception {
        components = new Components(config, clock, env);
        runtime = new LoaRuntime(components, Mode.SERVICE, Map.of(
                "loa.intake.stable", "100",
                "loa.intake.poll", "100",
                "loa.embargo.period", "100",
                "loa.retry.period", "100",
                "loa.bulletin.period", "100")).start();
        return this;
    }

    void restart() throws Exception {
        stop();
        start();
    }

    void stop() throws Exception {
        if (runtime != null) {
            runtime.close();
            components.close();
            runtime = null;
        }
    }

    Components components() {
        return components;
    }

    CamelContext camel() {
        return runtime.camel();
    }

    Path content(String relative) {
        return config.paths().contentDir().resolve(relative);
    }

    /** Drops a file the way staff should: written elsewhere, then moved into the inbox. */
    Path drop(String relative, String text) throws IOException {
        return drop(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    Path drop(String relative, byte[] bytes) throws IOException {
        Path target = content("inbox").resolve(relative);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(root, "drop", ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    List<Delivery> deliveries(String contentId) {
        return components.deliveries().queries().find(new DeliveryFilter(contentId, null, null, null, null));
    }

    /** Waits until every delivery of each item has been attempted (deliveries of an item run in parallel). */
    void awaitDelivered(String... ids) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> java.util.Arrays.stream(ids)
                .allMatch(id -> !deliveries(id).isEmpty() && deliveries(id).stream()
                        .noneMatch(d -> d.status() == vn.loa.delivery.DeliveryStatus.PENDING)));
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String formBody, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String article(String frontMatter, String body) {
        return "---\n" + frontMatter.strip() + "\n---\n" + body;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
