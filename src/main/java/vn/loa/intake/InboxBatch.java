package vn.loa.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.config.LoaConfig;
import vn.loa.content.Article;
import vn.loa.content.ContentParser;
import vn.loa.content.ContentSource;
import vn.loa.delivery.Publication;
import vn.loa.delivery.Publisher;
import vn.loa.storage.StorageException;

/**
 * Intake of a batch of inbox files, the steps of route {@code intake-batch}: every file is read and parsed, then all
 * are recorded in one transaction, archived together and handed off together. Each file still ends on its own: a
 * bad one is rejected beside its {@code NAME.error.txt} while the others go through. A file leaves the inbox only
 * once it is stored in {@code published/}, {@code scheduled/} or {@code rejected/}; a storage failure leaves the
 * whole batch in the inbox, to be read again.
 */
public final class InboxBatch {

    private static final Logger LOG = LoggerFactory.getLogger(InboxBatch.class);

    /** One file of a batch, as read, and what became of it so far. */
    public record Item(SeenFile seen, Article article, Publication publication) {

        public Path file() {
            return seen.file();
        }
    }

    private final LoaConfig config;
    private final ContentIntake intake;
    private final ContentParser parser;
    private final Embargo embargo;
    private final Publisher publisher;
    private final ContentArchive archive;
    private final IntakeAttempts attempts;

    public InboxBatch(LoaConfig config, ContentIntake intake, ContentParser parser, Embargo embargo,
                      Publisher publisher, ContentArchive archive, IntakeAttempts attempts) {
        this.config = config;
        this.intake = intake;
        this.parser = parser;
        this.embargo = embargo;
        this.publisher = publisher;
        this.archive = archive;
        this.attempts = attempts;
    }

    /**
     * Records an attempt at every file (one transaction), then reads and parses them one after the other (the
     * batches of a poll run in parallel; a parallel stream inside them only made threads spin, waiting on each
     * other's tasks, on a 2-core machine). Rejected files (unreadable, invalid, quarantined) go to {@code rejected/},
     * embargoed ones to {@code scheduled/}; the articles to publish remain.
     */
    public List<Item> read(List<Path> files) {
        Path inbox = config.paths().inbox();
        Map<String, Integer> unfinished = attempts.beginAll(files.stream().map(Path::toString).toList());
        List<Item> items = new ArrayList<>();
        for (Path file : files) {
            SeenFile seen = SeenFile.before(file);
            Article article;
            try {
                if (unfinished.getOrDefault(file.toString(), 0) >= IntakeAttempts.QUARANTINE_AFTER) {
                    throw ContentIntake.quarantined(file, inbox);
                }
                ContentSource source = intake.read(file, inbox);
                seen = seen.read(source.bytes());
                article = parser.parse(source);
            } catch (StorageException e) {
                throw e;
            } catch (RuntimeException e) {
                reject(seen, e);
                continue;
            }
            if (!embargo.waits(article)) {
                items.add(new Item(seen, article, null));
            } else if (!stillBeingWritten(seen)) {
                archive.scheduledAsRead(article, seen);
                leaveInbox(file);
            }
        }
        return items;
    }

    /** Stores the articles and records all their deliveries in one transaction; an article refused is rejected alone. */
    public List<Item> publish(List<Item> items) {
        List<Object> results = publisher.acceptAll(items.stream().map(Item::article).toList());
        List<Item> published = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (results.get(i) instanceof Publication publication) {
                published.add(new Item(item.seen(), item.article(), publication));
            } else {
                reject(item.seen(), (RuntimeException) results.get(i));
            }
        }
        return published;
    }

    /** The hand-off to delivery: {@code contentId@version} of every item with deliveries, one per line ("" when none). */
    public String handoff(List<Item> items) {
        return String.join("\n", items.stream().map(Item::publication).filter(Publication::hasDeliveries)
                .map(Publication::handoff).toList());
    }

    /**
     * Stores the originals in {@code published/} (synced together) as they were read, then removes them from the
     * inbox, except those that changed since they were read: a copy that went on after a pause. The version read is
     * published already; the file stays in the inbox and its final content is read, once it stops changing, as the
     * next version of the item (updated in place). Runs after the hand-off: a stop in between leaves a file in the
     * inbox whose item is recorded, read again as the same content (skipped) and archived then.
     */
    public void archive(List<Item> items) {
        archive.publishedAsRead(items.stream().map(Item::seen).toList());
        for (Item item : items) {
            if (!changedSinceRead(item.seen())) {
                leaveInbox(item.file());
            }
        }
    }

    /** Rejects a file, unless it changed since it was read: then it is read again once it stops changing. */
    private void reject(SeenFile seen, RuntimeException error) {
        if (stillBeingWritten(seen)) {
            return;
        }
        archive.rejectedFile(seen.file().toString(), "inbox", error);
        leaveInbox(seen.file());
    }

    /** For a file nothing was published from: when it changed since it was read, it is left for the next poll. */
    private boolean stillBeingWritten(SeenFile seen) {
        if (!changedSinceRead(seen)) {
            return false;
        }
        attempts.end(seen.file().toString());
        return true;
    }

    private static boolean changedSinceRead(SeenFile seen) {
        if (!seen.changed()) {
            return false;
        }
        LOG.warn("{} changed after it was read (a copy still going on?): it stays in the inbox and is read again once it"
                + " stops changing", seen.file());
        return true;
    }

    private static void leaveInbox(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // stored already: a copy left behind is read again and found to be the same (skipped)
            LOG.warn("cannot remove {} from the inbox: {}", file, e.getMessage());
        }
    }
}
