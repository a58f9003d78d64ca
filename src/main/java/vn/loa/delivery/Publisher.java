package vn.loa.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.content.Article;
import vn.loa.content.ContentRejectedException;
import vn.loa.content.ContentStatus;
import vn.loa.content.ContentType;
import vn.loa.content.Problem;
import vn.loa.i18n.Messages;
import vn.loa.storage.ContentStore;
import vn.loa.storage.Database;
import vn.loa.storage.StoredContent;

/**
 * Accepts a parsed item: stores its current version and records all its deliveries as pending, in one
 * transaction, before any is attempted. The same content again is a no-op; a changed version replaces the
 * feed item in place and re-sends email and chat only with {@code resend: true}. An id stays with the units that
 * first published it ({@link UnitBounds}).
 */
public final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final Database db;
    private final ContentStore contents;
    private final DeliveryLog deliveries;
    private final DeliveryPlanner planner;
    private final IntakeEvents events;
    private final Clock clock;
    private final UnitBounds bounds;
    private final Amendments amendments;
    /** Told the id of each item corrected or withdrawn, once stored: the dispatcher forgets what it read of it. */
    private volatile java.util.function.Consumer<String> amended = id -> { };

    public Publisher(Database db, ContentStore contents, DeliveryLog deliveries, DeliveryPlanner planner,
                     IntakeEvents events, Clock clock) {
        this.db = db;
        this.contents = contents;
        this.deliveries = deliveries;
        this.planner = planner;
        this.events = events;
        this.clock = clock;
        this.bounds = new UnitBounds(planner.config());
        this.amendments = new Amendments(contents, deliveries, planner, clock);
    }

    /** {@code listener} is told the id of every item corrected or withdrawn, after its transaction committed. */
    public void whenAmended(java.util.function.Consumer<String> listener) {
        this.amended = listener;
    }

    public Publication accept(Article article) {
        return recorded(db.inTransaction(c -> store(c, article)));
    }

    /**
     * Accepts several items in one transaction (one commit for all, each item in its own savepoint): an item this
     * refuses (say, withdrawing an unknown id) is rolled back alone and answered with its exception, the others are
     * stored with their deliveries and intake events. A storage failure throws for all of them.
     *
     * @return for each article, in order, its {@link Publication} or the {@link RuntimeException} that refused it
     */
    public List<Object> acceptAll(List<Article> articles) {
        List<Object> results = db.inTransaction(c -> {
            List<Object> out = new ArrayList<>();
            for (Article article : articles) {
                Savepoint savepoint = c.setSavepoint();
                try {
                    Publication publication = store(c, article);
                    if (publication.hasDeliveries()) {
                        deliveries.leases().claimFeedsForHandoff(c, article.id(), article.version());
                    }
                    events.record(c, article.sourceName(), article.id(), article.version(), publication.outcome(),
                            publication.note());
                    c.releaseSavepoint(savepoint);
                    out.add(publication);
                } catch (SQLException | vn.loa.storage.StorageException e) {
                    throw e;
                } catch (RuntimeException e) {
                    c.rollback(savepoint);
                    c.releaseSavepoint(savepoint);
                    out.add(e);
                }
            }
            return out;
        });
        results.stream().filter(Publication.class::isInstance).map(Publication.class::cast).forEach(p -> {
            LOG.info("{} {} ({}): {}", p.outcome().key(), p.article().id(), p.article().sourceName(), p.note());
            tellAmended(p);
        });
        return results;
    }

    /**
     * Stores the item and records its deliveries inside the caller's transaction (a bulletin issue commits them with
     * its own row); call {@link #recorded} once that transaction has committed.
     */
    public Publication store(Connection c, Article article) throws SQLException {
        Optional<StoredContent> existing = contents.find(c, article.id());
        existing.ifPresent(stored -> bounds.check(article, stored));
        if (article.status() == ContentStatus.WITHDRAWN) {
            return amendments.withdraw(c, article, existing);
        }
        if (article.type() == ContentType.BULLETIN) {
            save(c, article, StoredContent.NOTE, existing);
            return new Publication(article, Outcome.NOTE,
                    "editor's note stored for the next issue of bulletin " + article.bulletin());
        }
        if (existing.isPresent() && existing.get().isPublished()
                && existing.get().version().equals(article.version())) {
            return new Publication(article, Outcome.SKIPPED, "same content as the published version; nothing to do");
        }
        if (article.correctsPublished()) {
            return amendments.correct(c, article, existing);
        }
        boolean update = existing.isPresent() && existing.get().isPublished();
        save(c, article, StoredContent.PUBLISHED, existing);
        deliveries.plans().record(c, article.id(), article.version(), planner.plan(article, !update || article.resend()));
        return update
                ? new Publication(article, Outcome.UPDATED, "feed item updated in place"
                        + (article.resend() ? "; email and chat sent again (resend: true)" : ""))
                : new Publication(article, Outcome.PUBLISHED, "published");
    }

    /** Logs what accepting an item did, in the intake events and the application log. */
    public Publication recorded(Publication publication) {
        Article article = publication.article();
        events.record(article.sourceName(), article.id(), article.version(), publication.outcome(), publication.note());
        LOG.info("{} {} ({}): {}", publication.outcome().key(), article.id(), article.sourceName(), publication.note());
        tellAmended(publication);
        return publication;
    }

    private void tellAmended(Publication publication) {
        if (publication.outcome() == Outcome.CORRECTED || publication.outcome() == Outcome.WITHDRAWN) {
            amended.accept(publication.article().id());
        }
    }

    private void save(Connection c, Article article, String status, Optional<StoredContent> existing) throws SQLException {
        Instant now = clock.instant();
        Instant firstSeen = existing.map(StoredContent::firstSeenAt).orElse(now);
        Instant published = article.date() != null ? article.date()
                : existing.filter(StoredContent::isPublished).map(StoredContent::publishedAt).orElse(now);
        contents.save(c, new StoredContent(article, status, published, firstSeen, now),
                StoredContent.PUBLISHED.equals(status) ? planner.feedUnits(article) : List.of());
    }
}
