package vn.loa.feed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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
        Path folder = target.toAbsolutePath().getParent();
        // not Files.createTempFile: its 0600 mode would survive the rename and hide the feed from the web server
        Path temp = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } catch (IOException e) {
            IOException failure = new IOException("cannot write feed file " + target + ": " + e, e);
            deleteQuietly(temp, failure);
            throw failure;
        } finally {
            if (!moved) {
                deleteQuietly(temp, null);
            }
        }
        syncFolder(folder);
        return target;
    }

    private static void deleteQuietly(Path temp, IOException failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Makes the rename durable; folders cannot be opened for sync on every platform, which is then skipped. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file itself is already complete on disk
        }
    }
}
