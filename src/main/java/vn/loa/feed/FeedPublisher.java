package vn.loa.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import vn.loa.config.LoaConfig;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.storage.ContentStore;
import vn.loa.storage.StoredContent;

/** Rebuilds a unit's three feed files from the stored items, newest {@code feed_items} first. */
public final class FeedPublisher {

    private final LoaConfig config;
    private final ContentStore contents;
    private final Links links;
    private final FeedFiles files;
    private final FeedCache cache;
    private final Clock clock;
    private final Map<String, Lock> locks = new ConcurrentHashMap<>();

    public FeedPublisher(LoaConfig config, ContentStore contents, Links links, FeedFiles files,
                         FeedCache cache, Clock clock) {
        this.config = config;
        this.contents = contents;
        this.links = links;
        this.files = files;
        this.cache = cache;
        this.clock = clock;
    }

    /** Writes {@code rss.xml}, {@code atom.xml} and {@code feed.json} of the unit; returns their folder. */
    public Path write(String unitId) {
        Unit unit = unit(unitId);
        Lock lock = lockOf(unitId);
        lock.lock();
        try {
            Path folder = folder(unitId);
            List<FeedEntry> entries = entries(unit);
            try {
                files.write(folder, channel(unit, entries), entries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cache.invalidate(folder);
            return folder;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes the feeds of several units at once (rendered one after the other, synced together): the way a batch of
     * items reaches its feeds with one rewrite per unit instead of one per item.
     *
     * @return the units whose feeds could not be written, with the error; the others are written
     */
    public Map<String, RuntimeException> writeAll(Collection<String> unitIds) {
        List<String> sorted = new TreeSet<>(unitIds).stream().toList();
        // a unit's write reads the stored items and replaces its files under its lock, so a concurrent write of the
        // same unit can never put an older reading over a newer one; always locked in the same order
        List<Lock> locks = sorted.stream().map(this::lockOf).toList();
        locks.forEach(Lock::lock);
        try {
            Map<String, RuntimeException> failed = new HashMap<>();
            List<FeedFiles.Rendered> rendered = new ArrayList<>();
            for (String unitId : sorted) {
                try {
                    Unit unit = unit(unitId);
                    List<FeedEntry> entries = entries(unit);
                    rendered.add(files.render(folder(unitId), channel(unit, entries), entries));
                } catch (RuntimeException e) {
                    failed.put(unitId, e);
                }
            }
            Map<Path, IOException> notWritten = files.writeAll(rendered);
            for (String unitId : sorted) {
                IOException error = notWritten.get(folder(unitId));
                if (error != null) {
                    failed.put(unitId, new UncheckedIOException(error));
                }
                cache.invalidate(folder(unitId));
            }
            return failed;
        } finally {
            locks.forEach(Lock::unlock);
        }
    }

    private Unit unit(String unitId) {
        return config.unit(unitId).orElseThrow(() -> new IllegalArgumentException("unknown unit " + unitId));
    }

    private Lock lockOf(String unitId) {
        return locks.computeIfAbsent(unitId, u -> new ReentrantLock());
    }

    private List<FeedEntry> entries(Unit unit) {
        return contents.feed(unit.id(), unit.feedItems()).stream().map(item -> entry(unit, item)).toList();
    }

    private FeedChannel channel(Unit unit, List<FeedEntry> entries) {
        Instant updated = entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).orElse(clock.instant());
        String home = unit.website() == null || unit.website().isBlank() ? config.site().baseUrl() : unit.website();
        return new FeedChannel(unit.id(), unit.name(), home, links.feedBase(unit.id()), config.site().language(), updated);
    }

    /** Writes the feeds of every unit that has none yet, so that each unit serves a valid feed from the start. */
    public void writeMissing() {
        for (Unit unit : config.units()) {
            if (!java.nio.file.Files.exists(folder(unit.id()).resolve(FeedFiles.RSS))) {
                write(unit.id());
            }
        }
    }

    public Path folder(String unitId) {
        return config.paths().publicDir().resolve("feeds").resolve(unitId);
    }

    /**
     * The feed item of {@code item}; a corrected one (a {@code correction:} note) says so first, "Đính chính: …", in its
     * summary and its content, and its updated time is the correction's.
     */
    private FeedEntry entry(Unit unit, StoredContent item) {
        Article a = item.article();
        String summary = a.summary();
        String body = a.bodyHtml();
        if (a.correction() != null && !a.correction().isBlank()) {
            String note = vn.loa.i18n.Messages.t("correction.note", a.correction().strip());
            summary = summary == null || summary.isBlank() ? note : note + " " + summary;
            body = "<p><strong>" + org.jsoup.nodes.Entities.escape(note) + "</strong></p>\n" + (body == null ? "" : body);
        }
        return new FeedEntry("urn:loa:" + a.id(), a.title(), links.of(unit, a), summary, body,
                a.author(), a.tags(), a.image(), item.publishedAt(), item.updatedAt());
    }
}
