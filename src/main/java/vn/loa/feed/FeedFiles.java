package vn.loa.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.storage.AtomicFiles;

/**
 * Writes a unit's {@code rss.xml}, {@code atom.xml} and {@code feed.json} into its feed folder. Each file is
 * replaced atomically (temp file in the same folder, fsync, rename), so a reader sees the old or the new
 * version, never a truncated one.
 */
public final class FeedFiles {

    public static final String RSS = "rss.xml";
    public static final String ATOM = "atom.xml";
    public static final String JSON_FEED = "feed.json";

    private final FeedRenderer renderer;

    public FeedFiles(FeedRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Renders all three formats, then writes them into {@code folder} (created if missing).
     *
     * @return the written files: rss.xml, atom.xml, feed.json, in that order
     */
    public List<Path> write(Path folder, FeedChannel channel, List<FeedEntry> entries) throws IOException {
        // render everything first: a rendering error must not leave formats of different versions
        String rss = renderer.rss(channel, entries);
        String atom = renderer.atom(channel, entries);
        String json = renderer.jsonFeed(channel, entries);
        Files.createDirectories(folder);
        return List.of(
                writeAtomically(folder.resolve(RSS), rss),
                writeAtomically(folder.resolve(ATOM), atom),
                writeAtomically(folder.resolve(JSON_FEED), json));
    }

    /** The three rendered formats of one unit's feed, to be written into {@code folder}. */
    public record Rendered(Path folder, String rss, String atom, String json) {
    }

    /** Renders all three formats without writing them (a rendering error throws before any file is touched). */
    public Rendered render(Path folder, FeedChannel channel, List<FeedEntry> entries) {
        return new Rendered(folder, renderer.rss(channel, entries), renderer.atom(channel, entries),
                renderer.jsonFeed(channel, entries));
    }

    /**
     * Writes the feeds of several units together: every file written and synced first, then each folder's files
     * replaced in the order rss, atom, json; a folder stops at its first failure (the rest keep their old version).
     *
     * @return the folders that could not be written, with the error
     */
    public Map<Path, IOException> writeAll(List<Rendered> feeds) {
        Map<Path, IOException> failed = new LinkedHashMap<>();
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            List<Rendered> staged = new ArrayList<>();
            for (Rendered feed : feeds) {
                try {
                    batch.add(feed.folder().resolve(RSS), utf8(feed.rss()));
                    batch.add(feed.folder().resolve(ATOM), utf8(feed.atom()));
                    batch.add(feed.folder().resolve(JSON_FEED), utf8(feed.json()));
                    staged.add(feed);
                } catch (IOException e) {
                    failed.put(feed.folder(), e);
                }
            }
            try {
                batch.sync();
            } catch (IOException e) {
                staged.forEach(feed -> failed.put(feed.folder(), e));
                return failed;
            }
            for (Rendered feed : staged) {
                try {
                    for (String name : List.of(RSS, ATOM, JSON_FEED)) {
                        batch.replace(feed.folder().resolve(name));
                    }
                } catch (IOException e) {
                    failed.put(feed.folder(), new IOException("cannot write feed file in " + feed.folder() + ": " + e, e));
                }
            }
        }
        return failed;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces {@code target} with {@code text} in UTF-8, atomically; returns {@code target}. */
    public static Path writeAtomically(Path target, String text) throws IOException {
        try {
            AtomicFiles.write(target, text);
            return target;
        } catch (UncheckedIOException e) {
            throw new IOException("cannot write feed file " + target + ": " + e.getCause(), e.getCause());
        }
    }
}
