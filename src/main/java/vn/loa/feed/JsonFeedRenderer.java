package vn.loa.feed;

import static vn.loa.feed.XmlChars.present;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1); absent values are left out, never written as null. */
final class JsonFeedRenderer {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private static final DefaultIndenter NEWLINE_INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = JsonMapper.builder().build()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(NEWLINE_INDENT).withArrayIndenter(NEWLINE_INDENT));

    private JsonFeedRenderer() {
    }

    static String render(FeedChannel channel, List<FeedEntry> entries) {
        JsonFeed feed = new JsonFeed(VERSION, channel.title(), channel.homeUrl(), channel.feedBase() + FeedFiles.JSON_FEED,
                blankToNull(channel.language()), List.of(new Author(channel.title())),
                entries.stream().map(JsonFeedRenderer::item).toList());
        try {
            return WRITER.writeValueAsString(feed) + "\n";
        } catch (JsonProcessingException e) {
            throw new FeedRenderException("cannot render the JSON feed of unit '" + channel.unitId() + "': "
                    + e.getOriginalMessage(), e);
        }
    }

    private static Item item(FeedEntry e) {
        boolean html = present(e.contentHtml());
        // an item needs content_html or content_text
        String text = html ? null : present(e.summary()) ? e.summary() : e.title();
        return new Item(e.guid(), e.link(), e.title(), blankToNull(e.summary()), html ? e.contentHtml() : null, text,
                blankToNull(e.imageUrl()), rfc3339(e.published()), rfc3339(e.updated()),
                present(e.author()) ? List.of(new Author(e.author())) : List.of(), e.tags());
    }

    /** RFC 3339 in UTC, whole seconds, like the Atom feed: {@code 2026-03-02T01:30:00Z}. */
    static String rfc3339(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String blankToNull(String text) {
        return present(text) ? text : null;
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record JsonFeed(String version, String title,
                    @JsonProperty("home_page_url") String homePageUrl,
                    @JsonProperty("feed_url") String feedUrl,
                    String language, List<Author> authors,
                    @JsonInclude(JsonInclude.Include.ALWAYS) List<Item> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(String id, String url, String title, String summary,
                @JsonProperty("content_html") String contentHtml,
                @JsonProperty("content_text") String contentText,
                String image,
                @JsonProperty("date_published") String datePublished,
                @JsonProperty("date_modified") String dateModified,
                List<Author> authors, List<String> tags) {
    }

    record Author(String name) {
    }
}
