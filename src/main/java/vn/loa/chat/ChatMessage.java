package vn.loa.chat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.loa.config.LoaConfig;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.feed.Links;
import vn.loa.i18n.Messages;
import vn.loa.storage.StoredContent;

/**
 * What every chat message of one article says, before any platform's layout: built once per delivery.
 *
 * @param unitNames the names of the article's units, in the article's order
 * @param summary   plain text, possibly empty
 * @param link      the absolute URL where readers read the article (the first unit's link)
 * @param image     an absolute http(s) image URL, or null
 * @param published when the article was published (front-matter date or first publication)
 */
public record ChatMessage(String contentId, String version, List<String> unitIds, List<String> unitNames,
                          String title, String summary, String link, String image, String author,
                          List<String> tags, Instant published) {

    /** The words of the link to the article ({@code chat.read_more}). */
    static String readMore() {
        return Messages.t("chat.read_more");
    }

    public ChatMessage {
        unitIds = List.copyOf(unitIds);
        unitNames = List.copyOf(unitNames);
        tags = tags == null ? List.of() : List.copyOf(tags);
        summary = summary == null ? "" : summary.strip();
        image = absoluteHttp(image) ? image : null;
    }

    public static ChatMessage of(StoredContent content, LoaConfig config, Links links) {
        Article a = content.article();
        List<String> names = a.units().stream()
                .map(id -> config.unit(id).map(Unit::name).orElse(id))
                .toList();
        String link = links.of(a);
        return new ChatMessage(a.id(), a.version(), a.units(), names, a.title(), a.summary(), link, a.image(),
                a.author(), a.tags(), content.publishedAt());
    }

    /** The same message with another title and summary, and without its image (a notice about the item). */
    ChatMessage retold(String newTitle, String newSummary) {
        return new ChatMessage(contentId, version, unitIds, unitNames, newTitle, newSummary, link, null, author, tags,
                published);
    }

    /** The same message with {@code note} ("Đính chính: …") before its summary: the original, corrected in place. */
    ChatMessage noted(String note) {
        if (note == null) {
            return this;
        }
        return new ChatMessage(contentId, version, unitIds, unitNames, title, summary.isEmpty() ? note
                : note + "\n\n" + summary, link, image, author, tags, published);
    }

    /** The unit names on one line, as a footer or subtitle. */
    public String units() {
        return String.join(" · ", unitNames);
    }

    public boolean hasImage() {
        return image != null;
    }

    public boolean hasSummary() {
        return !summary.isEmpty();
    }

    /** {@code title} cut to {@code max} on a word with "…". */
    String title(int max) {
        return ChatText.cut(title, max);
    }

    /** {@code summary} cut to {@code max} on a word with "…". */
    String summary(int max) {
        return ChatText.cut(summary, max);
    }

    private static boolean absoluteHttp(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
