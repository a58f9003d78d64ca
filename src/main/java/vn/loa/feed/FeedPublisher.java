package vn.loa.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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
        Unit unit = config.unit(unitId).orElseThrow(() -> new IllegalArgumentException("unknown unit " + unitId));
        List<FeedEntry> entries = contents.feed(unitId, unit.feedItems()).stream()
                .map(item -> entry(unit, item))
                .toList();
        Instant updated = entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).orElse(clock.instant());
        String home = unit.website() == null || unit.website().isBlank() ? config.site().baseUrl() : unit.website();
        FeedChannel channel = new FeedChannel(unit.id(), unit.name(), home, links.feedBase(unitId),
                config.site().language(), updated);
        Path folder = folder(unitId);
        try {
            files.write(folder, channel, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache.invalidate(folder);
        return folder;
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

    private FeedEntry entry(Unit unit, StoredContent item) {
        Article a = item.article();
        return new FeedEntry("urn:loa:" + a.id(), a.title(), links.of(unit, a), a.summary(), a.bodyHtml(),
                a.author(), a.tags(), a.image(), item.publishedAt(), item.updatedAt());
    }
}
