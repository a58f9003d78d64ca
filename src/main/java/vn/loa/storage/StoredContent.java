package vn.loa.storage;

import java.time.Instant;
import vn.loa.content.Article;

/** The current version of a content item as stored, with the times feeds need. */
public record StoredContent(Article article, String status, Instant publishedAt, Instant firstSeenAt, Instant updatedAt) {

    public static final String PUBLISHED = "published";
    public static final String WITHDRAWN = "withdrawn";
    public static final String NOTE = "note";

    public String id() {
        return article.id();
    }

    public String version() {
        return article.version();
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }
}
