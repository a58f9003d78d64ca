package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.storage.Json;

/** Feeds, article pages, the articles API and health over real HTTP. */
@Tag("store")
class HttpEndpointsTest {

    @TempDir
    Path tmp;

    LoaHarness loa;

    @BeforeEach
    void start() throws Exception {
        loa = new LoaHarness(tmp).start();
        loa.drop("so-noi-vu-hn/tin-http.md", PipelineTest.approved("id: tin-http\nimage: https://sonoivu.hanoi.gov.vn/a.jpg",
                "Sở Nội vụ **Hà Nội** tập huấn cải cách hành chính."));
        loa.awaitDelivered("tin-http");
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    @Test
    void feed_answers304ToAMatchingETagOrDate_and200WithANewETagAfterAChange() throws Exception {
        HttpResponse<String> first = loa.get("/feeds/so-noi-vu-hn/rss.xml");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
        assertThat(first.body()).contains(PipelineTest.TITLE);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(loa.get("/feeds/so-noi-vu-hn/rss.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(loa.get("/feeds/so-noi-vu-hn/rss.xml", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(loa.get("/feeds/so-noi-vu-hn/rss.xml", "If-None-Match", "\"khac\"").statusCode()).isEqualTo(200);

        loa.drop("so-noi-vu-hn/tin-moi.md", PipelineTest.approved("id: tin-moi", "Tin mới hơn."));
        await().atMost(Duration.ofSeconds(15)).until(() ->
                loa.get("/feeds/so-noi-vu-hn/rss.xml", "If-None-Match", etag).statusCode() == 200);
        assertThat(loa.get("/feeds/so-noi-vu-hn/rss.xml").headers().firstValue("ETag")).isNotEqualTo(etag);
    }

    @Test
    void atomAndJsonFeeds_areServedWithTheirTypes() throws Exception {
        assertThat(loa.get("/feeds/so-noi-vu-hn/atom.xml").headers().firstValue("Content-Type"))
                .hasValue("application/atom+xml; charset=utf-8");
        assertThat(loa.get("/feeds/so-noi-vu-hn/feed.json").headers().firstValue("Content-Type"))
                .hasValue("application/feed+json; charset=utf-8");
        assertThat(loa.get("/feeds/bnv/rss.xml").statusCode()).isEqualTo(200);
        assertThat(loa.get("/feeds/khong-co/rss.xml").statusCode()).isEqualTo(404);
        assertThat(loa.get("/feeds/bnv/..%2f..%2floa.yaml").statusCode()).isEqualTo(404);
    }

    @Test
    void articlePage_isTheDefaultLinkAndShowsTheItem() throws Exception {
        String rss = loa.get("/feeds/so-noi-vu-hn/rss.xml").body();
        assertThat(rss).contains("<link>http://loa.test/articles/tin-http</link>");

        HttpResponse<String> page = loa.get("/articles/tin-http");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<h1>" + PipelineTest.TITLE + "</h1>", "Sở Nội vụ thành phố Hà Nội",
                "<strong>Hà Nội</strong>", "https://sonoivu.hanoi.gov.vn/a.jpg", "lang=\"vi\"");
        assertThat(loa.get("/articles/khong-co").statusCode()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void articlesApi_givesTheFeedItemsAsJson() throws Exception {
        Map<String, Object> list = Json.MAPPER.readValue(loa.get("/api/articles?unit=so-noi-vu-hn&limit=5").body(), Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) list.get("items");
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.get("id")).isEqualTo("tin-http");
            assertThat(item.get("title")).isEqualTo(PipelineTest.TITLE);
            assertThat(item.get("url")).isEqualTo("http://loa.test/articles/tin-http");
            assertThat((String) item.get("content_html")).contains("<strong>Hà Nội</strong>");
        });
        Map<String, Object> one = Json.MAPPER.readValue(loa.get("/api/articles/tin-http").body(), Map.class);
        assertThat(one.get("image")).isEqualTo("https://sonoivu.hanoi.gov.vn/a.jpg");
        assertThat(loa.get("/api/articles/khong-co").statusCode()).isEqualTo(404);
        assertThat(loa.get("/api/articles?unit=khong-co").statusCode()).isEqualTo(404);
        Map<String, Object> all = Json.MAPPER.readValue(loa.get("/api/articles").body(), Map.class);
        assertThat((List<?>) all.get("items")).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void health_isUpWithRoutesAndStorage() throws Exception {
        HttpResponse<String> health = loa.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        Map<String, Object> body = Json.MAPPER.readValue(health.body(), Map.class);
        assertThat(body).containsEntry("status", "UP").containsEntry("storage", "UP");
        assertThat((Map<String, Object>) body.get("routes")).containsEntry("inbox", "started").containsEntry("deliver", "started");
    }
}
