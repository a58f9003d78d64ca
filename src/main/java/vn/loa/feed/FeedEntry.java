package vn.loa.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a unit feed.
 *
 * @param guid        stable across versions of the item, e.g. {@code urn:loa:article:cai-cach-hanh-chinh}
 * @param link        absolute URL to read the item
 * @param contentHtml sanitized HTML body
 * @param imageUrl    absolute image URL, or null
 * @param published   first publication (or the front-matter date)
 * @param updated     time of the current version
 */
public record FeedEntry(String guid, String title, String link, String summary, String contentHtml,
                        String author, List<String> tags, String imageUrl, Instant published, Instant updated) {
}
