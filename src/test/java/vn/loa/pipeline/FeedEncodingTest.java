package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds over real HTTP with {@code Accept-Encoding: gzip}, and HEAD: the same content, its own validators. */
class FeedEncodingTest {

    static final String RSS = "/feeds/so-noi-vu-hn/rss.xml";

    @TempDir
    static Path tmp;

    static LoaHarness loa;

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        loa = new LoaHarness(tmp).start();
        loa.drop("so-noi-vu-hn/tin-nen.md", PipelineTest.approved("id: tin-nen",
                "Sở Nội vụ **Hà Nội** tập huấn cải cách hành chính. ".repeat(40)));
        loa.awaitDelivered("tin-nen");
    }

    @AfterAll
    static void stop() throws Exception {
        loa.close();
    }

    @Test
    void gzipRequest_getsTheSameBytesCompressed_withItsOwnETagAndLength() throws Exception {
        HttpResponse<byte[]> plain = send("GET", RSS);
        HttpResponse<byte[]> gzip = send("GET", RSS, "Accept-Encoding", "gzip, deflate, br");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(plain.headers().firstValue("Content-Length")).hasValue(String.valueOf(plain.body().length));
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains(PipelineTest.TITLE);

        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(gzip.headers().firstValue("Content-Type")).isEqualTo(plain.headers().firstValue("Content-Type"));
        assertThat(gzip.headers().firstValue("Last-Modified")).isEqualTo(plain.headers().firstValue("Last-Modified"));
        assertThat(gzip.headers().firstValue("Content-Length")).hasValue(String.valueOf(gzip.body().length));
        assertThat(gzip.body().length).isLessThan(plain.body().length / 2);
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
        assertThat(etag(gzip)).isNotEqualTo(etag(plain)).startsWith("\"").endsWith("\"");
    }

    @Test
    void eachVariant_answers304ToItsOwnETagOnly() throws Exception {
        String plainTag = etag(send("GET", RSS));
        String gzipTag = etag(send("GET", RSS, "Accept-Encoding", "gzip"));

        HttpResponse<byte[]> gzip304 = send("GET", RSS, "Accept-Encoding", "gzip", "If-None-Match", gzipTag);
        assertThat(gzip304.statusCode()).isEqualTo(304);
        assertThat(gzip304.body()).isEmpty();
        assertThat(etag(gzip304)).isEqualTo(gzipTag);
        assertThat(gzip304.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(send("GET", RSS, "Accept-Encoding", "gzip", "If-None-Match", "W/" + gzipTag).statusCode()).isEqualTo(304);
        assertThat(send("GET", RSS, "If-None-Match", plainTag).statusCode()).isEqualTo(304);

        HttpResponse<byte[]> otherVariant = send("GET", RSS, "Accept-Encoding", "gzip", "If-None-Match", plainTag);
        assertThat(otherVariant.statusCode()).isEqualTo(200);
        assertThat(otherVariant.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(send("GET", RSS, "If-None-Match", gzipTag).statusCode()).isEqualTo(200);
        String lastModified = send("GET", RSS).headers().firstValue("Last-Modified").orElseThrow();
        assertThat(send("GET", RSS, "Accept-Encoding", "gzip", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void head_hasTheHeadersOfGet_andNoBody() throws Exception {
        for (String encoding : new String[] {"identity", "gzip"}) {
            HttpResponse<byte[]> get = send("GET", RSS, "Accept-Encoding", encoding);
            HttpResponse<byte[]> head = send("HEAD", RSS, "Accept-Encoding", encoding);
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            for (String name : new String[] {"Content-Type", "Content-Length", "Content-Encoding", "ETag", "Last-Modified", "Vary"}) {
                assertThat(head.headers().firstValue(name)).as(encoding + " " + name).isEqualTo(get.headers().firstValue(name));
            }
            assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(get.body().length));
        }
    }

    @Test
    void gzipRefusedOrNotAsked_getsTheIdentityBody() throws Exception {
        byte[] plain = send("GET", RSS).body();
        for (String header : new String[] {"identity", "gzip;q=0", "br", "*;q=0", "gzip;q=0, *"}) {
            HttpResponse<byte[]> response = send("GET", RSS, "Accept-Encoding", header);
            assertThat(response.headers().firstValue("Content-Encoding")).as(header).isEmpty();
            assertThat(response.body()).as(header).isEqualTo(plain);
        }
        assertThat(send("GET", RSS, "Accept-Encoding", "*").headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(send("GET", RSS, "Accept-Encoding", "GZIP;q=0.5").headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void feedChange_changesBothVariantsAndTheirETags() throws Exception {
        String plainTag = etag(send("GET", RSS));
        String gzipTag = etag(send("GET", RSS, "Accept-Encoding", "gzip"));

        loa.drop("so-noi-vu-hn/tin-nen-moi.md", LoaHarness.article(
                "title: \"Tin nén mới\"\nstatus: approved\napproved_by: Nguyễn Thị Lan\nid: tin-nen-moi", "Tin mới hơn."));
        await().atMost(Duration.ofSeconds(15)).until(() ->
                send("GET", RSS, "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode() == 200);

        HttpResponse<byte[]> plain = send("GET", RSS);
        HttpResponse<byte[]> gzip = send("GET", RSS, "Accept-Encoding", "gzip");
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("Tin nén mới");
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
        assertThat(etag(plain)).isNotEqualTo(plainTag);
        assertThat(etag(gzip)).isNotEqualTo(gzipTag);
    }

    static HttpResponse<byte[]> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + loa.port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
