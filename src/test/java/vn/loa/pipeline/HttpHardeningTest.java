package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.subscriber.ConsentRecord;

/**
 * The HTTP side is bounded, through real HTTP: request bodies, header timeouts, security headers on every route,
 * the admin token only from its header, and client addresses from X-Forwarded-For only through trusted proxies.
 */
class HttpHardeningTest {

    static final Map<String, String> HEADERS = Map.of(
            "content-security-policy", "default-src 'none'; img-src https: http:; style-src 'unsafe-inline';"
                    + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            "x-content-type-options", "nosniff",
            "x-frame-options", "DENY",
            "referrer-policy", "no-referrer");

    @TempDir
    Path tmp;

    LoaHarness loa;
    final HttpClient http = HttpClient.newHttpClient();
    final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() throws Exception {
        trickle.shutdownNow();
        if (loa != null) {
            loa.close();
        }
    }

    LoaHarness start(String extraHttp) throws Exception {
        loa = new LoaHarness(tmp, "", extraHttp, "");
        loa.env = Map.of("LOA_ADMIN_TOKEN", "bi-mat-quan-tri");
        return loa.start();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + loa.port + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void assertSecurityHeaders(HttpResponse<?> response) {
        HEADERS.forEach((name, value) -> assertThat(response.headers().firstValue(name))
                .as(name + " of " + response.request().method() + " " + response.uri() + " (" + response.statusCode() + ")")
                .contains(value));
    }

    @Test
    void aBodyLargerThanTheLimit_isAnswered413_aFormWithinItIsServed() throws Exception {
        start("");
        String big = "list=lanh-dao&email=a%40so.gov.vn&name=" + "x".repeat(20_000);

        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(uri("/subscribe"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(big)));
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/subscribe"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("list=lanh-dao&email=nguoi%40so.gov.vn&name=Lan")));

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertSecurityHeaders(tooLarge);
        assertThat(form.statusCode()).isEqualTo(200);
    }

    @Test
    void aClientTricklingItsHeaders_isClosedByTheHeaderTimeout_notKeptOpenByItsBytes() throws Exception {
        start("""
                  header_timeout_seconds: 1
                  idle_timeout_seconds: 60
                """);
        try (Socket socket = new Socket("127.0.0.1", loa.port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            // a header line every 200 ms: never idle, never done
            trickle.scheduleAtFixedRate(() -> {
                try {
                    out.write("X-Cham: 1\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (Exception closed) {
                    throw new IllegalStateException(closed);
                }
            }, 200, 200, TimeUnit.MILLISECONDS);
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> readUntilClosed(socket));

            await().atMost(Duration.ofSeconds(10)).until(answer::isDone);
            assertThat(answer.get()).doesNotContain("HTTP/1.1 200");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
        assertThat(loa.get("/health").statusCode()).isEqualTo(200);
    }

    static String readUntilClosed(Socket socket) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                got.write(buffer, 0, n);
            }
        } catch (Exception reset) {
            // a reset is a close too
        }
        return got.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void everyRouteOfTheHttpRoutes_andAnUnknownPath_sendsTheSecurityHeaders() throws Exception {
        start("");
        Path routes = Path.of("routes/http.camel.yaml");
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(routes));
        List<String> checked = new ArrayList<>();
        for (JsonNode item : yaml) {
            JsonNode from = item.path("route").path("from");
            String path = from.path("uri").asText().replace("platform-http:", "")
                    .replace("{unit}", "bnv").replace("{file}", "rss.xml").replace("{id}", "khong-co")
                    .replace("{bulletin}", "cchc").replace("{issue}", "2026-1");
            assertThat(path).as(item.path("route").path("id").asText()).doesNotContain("{");
            for (String method : from.path("parameters").path("httpMethodRestrict").asText("GET").split(",")) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
                request = switch (method.strip()) {
                    case "POST" -> request.header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("list=lanh-dao"));
                    case "HEAD" -> request.method("HEAD", HttpRequest.BodyPublishers.noBody());
                    default -> request.GET();
                };
                assertSecurityHeaders(send(request));
                checked.add(method.strip() + " " + path);
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(12).contains("GET /feeds/bnv/rss.xml", "POST /subscribe");
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/khong-co-trang-nay")).GET());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertSecurityHeaders(unknown);
    }

    @Test
    void theAdminToken_isReadOnlyFromTheAuthorizationHeader() throws Exception {
        start("");

        assertThat(send(HttpRequest.newBuilder(uri("/api/deliveries"))
                .header("Authorization", "Bearer bi-mat-quan-tri")).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/api/deliveries?Authorization=Bearer%20bi-mat-quan-tri")))
                .statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/report?period=2026&Authorization=Bearer%20bi-mat-quan-tri")))
                .statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/deliveries?access_token=bi-mat-quan-tri&token=bi-mat-quan-tri")))
                .statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/deliveries"))
                .header("Cookie", "Authorization=Bearer bi-mat-quan-tri")).statusCode()).isEqualTo(401);
    }

    String subscribeAndReadClient(String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/subscribe?X-Forwarded-For=198.51.100.77"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "thu-nghiem")
                .POST(HttpRequest.BodyPublishers.ofString("list=lanh-dao&email=nguoi%40so.gov.vn"));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        assertThat(send(request).statusCode()).isEqualTo(200);
        List<ConsentRecord> consents = loa.components().subscribers()
                .consents(loa.config.list("lanh-dao").orElseThrow(), "nguoi@so.gov.vn");
        return consents.get(consents.size() - 1).consent().client();
    }

    @Test
    void xForwardedFor_isIgnoredFromAnUntrustedPeer() throws Exception {
        start("");

        String client = subscribeAndReadClient("X-Forwarded-For", "203.0.113.9");

        assertThat(client).matches("(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1) thu-nghiem");
    }

    @Test
    void xForwardedFor_isHonouredFromATrustedProxy_nearestUntrustedHopFirst() throws Exception {
        start("""
                  trusted_proxies: ["127.0.0.0/8", "::1"]
                """);

        String client = subscribeAndReadClient("X-Forwarded-For", "192.0.2.1, 203.0.113.9, 127.0.0.5");

        assertThat(client).isEqualTo("203.0.113.9 thu-nghiem");
    }
}
