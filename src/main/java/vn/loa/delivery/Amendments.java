package vn.loa.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.loa.content.Article;
import vn.loa.content.ContentRejectedException;
import vn.loa.content.Problem;
import vn.loa.i18n.Messages;
import vn.loa.storage.ContentStore;
import vn.loa.storage.StoredContent;
import vn.loa.storage.Withdrawal;

/**
 * A correction or a withdrawal of a published item, inside the transaction that stores it, so that a crash at any
 * point leaves either nothing or the whole of it: the item stored, its feeds to rewrite, what is not yet sent of it
 * carried to the new version (a correction) or cancelled (a withdrawal), and a notice planned for everyone who was sent
 * it, or is being sent it right now (the notice then waits for that send's outcome).
 */
final class Amendments {

    private final ContentStore contents;
    private final DeliveryLog deliveries;
    private final DeliveryPlanner planner;
    private final Clock clock;

    Amendments(ContentStore contents, DeliveryLog deliveries, DeliveryPlanner planner, Clock clock) {
        this.contents = contents;
        this.deliveries = deliveries;
        this.planner = planner;
        this.clock = clock;
    }

    /**
     * Stores {@code article}, a new version of a published item with a {@code correction:} note: its feed items
     * (the units of both versions) are rewritten; what is not yet sent carries it; the others are told.
     */
    Publication correct(Connection c, Article article, Optional<StoredContent> existing) throws SQLException {
        if (existing.isEmpty() || !existing.get().isPublished()) {
            throw new ContentRejectedException(article.sourceName(), new Problem(1, "correction",
                    Messages.t("content.correction.unknown", article.id())));
        }
        StoredContent old = existing.get();
        Instant now = clock.instant();
        Instant published = article.date() != null ? article.date() : old.publishedAt();
        contents.save(c, new StoredContent(article, StoredContent.PUBLISHED, published, old.firstSeenAt(), now),
                planner.feedUnits(article));
        deliveries.plans().record(c, article.id(), article.version(), planner.planFeeds(feedUnits(old, article)));
        int carried = deliveries.plans().carryForward(c, article.id(), article.version());
        int notices = deliveries.plans().planNotices(c, article.id(), article.version(), DeliveryKind.CORRECTION);
        return new Publication(article, Outcome.CORRECTED, "corrected: feed items updated in place; " + carried
                + " deliveries not yet sent carry the new version; " + notices + " correction notices to send");
    }

    /**
     * Withdraws the published item {@code article} names: out of its feeds, what is not yet sent cancelled, a
     * withdrawal planned for everyone who was sent it.
     */
    Publication withdraw(Connection c, Article article, Optional<StoredContent> existing) throws SQLException {
        if (existing.isEmpty() || !existing.get().isPublished()) {
            throw new ContentRejectedException(article.sourceName(), new Problem(1, "status",
                    Messages.t("content.status.withdrawn_unknown", article.id())));
        }
        StoredContent old = existing.get();
        List<String> units = List.copyOf(planner.feedUnits(old.article()));
        Instant now = clock.instant();
        Withdrawal withdrawal = new Withdrawal(article.reason(), article.approvedBy(), now, article.version());
        contents.save(c, new StoredContent(old.article(), StoredContent.WITHDRAWN, old.publishedAt(), old.firstSeenAt(),
                now, withdrawal), List.of());
        deliveries.plans().record(c, article.id(), article.version(), planner.planFeeds(units));
        int cancelled = deliveries.plans().cancelUnsent(c, article.id(),
                "withdrawn" + (article.reason() == null ? "" : ": " + article.reason()));
        int notices = deliveries.plans().planNotices(c, article.id(), article.version(), DeliveryKind.WITHDRAWAL);
        return new Publication(article, Outcome.WITHDRAWN, "removed from the feeds of " + String.join(", ", units)
                + "; " + cancelled + " deliveries not yet sent cancelled; " + notices + " withdrawals to send");
    }

    /** The units whose feeds carried the old version or carry the new one: all of them are rewritten. */
    private List<String> feedUnits(StoredContent old, Article article) {
        Set<String> units = new LinkedHashSet<>(planner.feedUnits(old.article()));
        units.addAll(planner.feedUnits(article));
        return new ArrayList<>(units);
    }
}
