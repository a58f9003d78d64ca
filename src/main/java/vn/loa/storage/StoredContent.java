package vn.loa.storage;

import java.time.Instant;
import vn.loa.content.Article;

/**
 * The current version of a content item as stored, with the times feeds need; {@code withdrawal} says why and when a
 * withdrawn item was withdrawn (null otherwise).
 */
public record StoredContent(Article article, String status, Instant publishedAt, Instant firstSeenAt, Instant updatedAt,
                            Withdrawal withdrawal) {

    public static final String PUBLISHED = "published";
    public static final String WITHDRAWN = "withdrawn";
    public static final String NOTE = "note";

    /** An item that was never withdrawn. */
    public StoredContent(Article article, String status, Instant publishedAt, Instant firstSeenAt, Instant updatedAt) {
        this(article, status, publishedAt, firstSeenAt, updatedAt, null);
    }

    public String id() {
        return article.id();
    }

    public String version() {
        return article.version();
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    public boolean isWithdrawn() {
        return WITHDRAWN.equals(status);
    }
}
