package vn.loa.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
