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

    /** One file of a batch and what became of it so far. */
    public record Item(Path file, Article article, Publication publication) {
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
            Article article;
            try {
                if (unfinished.getOrDefault(file.toString(), 0) >= IntakeAttempts.QUARANTINE_AFTER) {
                    throw ContentIntake.quarantined(file, inbox);
                }
                article = parser.parse(intake.read(file, inbox));
            } catch (StorageException e) {
                throw e;
            } catch (RuntimeException e) {
                reject(file, e);
                continue;
            }
            if (embargo.waits(article)) {
                archive.scheduled(article, file.toString(), "inbox");
                leaveInbox(file);
            } else {
                items.add(new Item(file, article, null));
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
                published.add(new Item(item.file(), item.article(), publication));
            } else {
                reject(item.file(), (RuntimeException) results.get(i));
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
     * Stores the originals in {@code published/} (synced together), then removes them from the inbox. Runs after
     * the hand-off: a stop in between leaves a file in the inbox whose item is recorded, read again as the same
     * content (skipped) and archived then.
     */
    public void archive(List<Item> items) {
        archive.publishedAll(items.stream().map(Item::file).toList());
        items.forEach(item -> leaveInbox(item.file()));
    }

    private void reject(Path file, RuntimeException error) {
        archive.rejectedFile(file.toString(), "inbox", error);
        leaveInbox(file);
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
