package vn.loa.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.feed.FeedFixtures.CHANNEL;
import static vn.loa.feed.FeedFixtures.TITLE_1;
import static vn.loa.feed.FeedFixtures.TITLE_2;
import static vn.loa.feed.FeedFixtures.resource;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonFeedTest {

    private final FeedRenderer renderer = new FeedRenderer();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void jsonFeed_parsesWithJackson_withRequiredKeysAndVietnameseIntact() throws Exception {
        String text = renderer.jsonFeed(CHANNEL, FeedFixtures.twoEntries());
        JsonNode feed = json.readTree(text);

        assertThat(text).contains(TITLE_1).doesNotContain("\\u").doesNotContain("null");
        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("title").asText()).isEqualTo("Bộ Nội vụ");
        assertThat(feed.path("home_page_url").asText()).isEqualTo("https://moha.gov.vn/");
        assertThat(feed.path("feed_url").asText()).isEqualTo("http://localhost:8080/feeds/bnv/feed.json");
        assertThat(feed.path("language").asText()).isEqualTo("vi");
        assertThat(feed.path("items")).extracting(i -> i.path("title").asText()).containsExactly(TITLE_1, TITLE_2);

        JsonNode first = feed.path("items").get(0);
        assertThat(first.path("id").asText()).isEqualTo("urn:loa:article:ke-hoach-cchc-2026");
        assertThat(first.path("url").asText()).isEqualTo("http://localhost:8080/articles/ke-hoach-cchc-2026");
        assertThat(first.path("summary").asText()).isEqualTo("Bộ Nội vụ ban hành Kế hoạch cải cách hành chính năm 2026.");
        assertThat(first.path("content_html").asText()).isEqualTo(resource("body-vietnamese.html"));
        assertThat(first.path("image").asText()).isEqualTo("https://moha.gov.vn/images/ke-hoach-2026.jpg");
        assertThat(first.path("date_published").asText()).isEqualTo("2026-03-01T02:00:00Z");
        assertThat(first.path("date_modified").asText()).isEqualTo("2026-03-02T01:30:00Z");
        assertThat(first.path("authors").get(0).path("name").asText()).isEqualTo("Phòng Cải cách hành chính");
        assertThat(first.path("tags")).extracting(JsonNode::asText).containsExactly("cải cách hành chính", "chuyển đổi số");
    }

    @Test
    void jsonFeed_datesAreRfc3339InUtc() throws Exception {
        JsonNode items = json.readTree(renderer.jsonFeed(CHANNEL, FeedFixtures.twoEntries())).path("items");

        for (JsonNode item : items) {
            for (String key : List.of("date_published", "date_modified")) {
                String date = item.path(key).asText();
                assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
                assertThat(OffsetDateTime.parse(date, DateTimeFormatter.ISO_OFFSET_DATE_TIME).getOffset().getTotalSeconds()).isZero();
            }
        }
    }

    @Test
    void jsonFeed_absentFields_areOmittedNotNull() throws Exception {
        JsonNode older = json.readTree(renderer.jsonFeed(CHANNEL, FeedFixtures.twoEntries())).path("items").get(1);

        assertThat(older.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "id", "url", "title", "content_html", "date_published", "date_modified");
    }

    @Test
    void jsonFeed_entryWithoutHtml_carriesContentText() throws Exception {
        FeedEntry plain = FeedFixtures.withBody("Tiêu đề", "Tóm tắt ngắn", null);

        JsonNode item = json.readTree(renderer.jsonFeed(CHANNEL, List.of(plain))).path("items").get(0);

        assertThat(item.has("content_html")).isFalse();
        assertThat(item.path("content_text").asText()).isEqualTo("Tóm tắt ngắn");
    }

    @Test
    void jsonFeed_withNoEntries_keepsAnEmptyItemsArray() throws Exception {
        JsonNode feed = json.readTree(renderer.jsonFeed(CHANNEL, List.of()));

        assertThat(feed.path("items").isArray()).isTrue();
        assertThat(feed.path("items")).isEmpty();
        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    }

    @Test
    void jsonFeed_stripsXmlForbiddenCharacters_likeTheXmlFeeds() throws Exception {
        FeedEntry entry = FeedFixtures.withBody("Tiêu\u0001 đề\uD800", "ok", "<p>a\u001Db</p>");

        JsonNode item = json.readTree(renderer.jsonFeed(CHANNEL, List.of(entry))).path("items").get(0);

        assertThat(item.path("title").asText()).isEqualTo("Tiêu đề");
        assertThat(item.path("content_html").asText()).isEqualTo("<p>ab</p>");
    }
}
