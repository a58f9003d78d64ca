package vn.loa.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the files of {@code content/inbox/} (and its subfolders) that are complete: unchanged for
 * {@code intake.stable_millis}. Temporary and lock files of editors and copy tools, and dot files, are left alone.
 * The files come in batches; a file that was being processed when Loa stopped comes alone, so that a file that
 * stops Loa is the only one its quarantine count ({@link IntakeAttempts}) blames.
 */
public final class InboxScanner {

    /** Names never read: editor and copy-tool temporaries and lock files, and the files of desktop shells. */
    static final Pattern LEFT_ALONE = Pattern.compile(
            "(?i)^(\\..*|~\\$.*|\\.~lock.*|.*\\.(part|partial|tmp|temp|crdownload|swp|swx|bak)|.*~|thumbs\\.db|desktop\\.ini)$");

    /**
     * At most this many files, and this many bytes of them, are processed together: each is read and parsed before
     * its batch is stored, so the bytes bound the memory of a batch. Fewer, larger batches rewrite each unit's feeds
     * fewer times (a backlog of 10,000 articles: about a fifth faster than with 1,000 a batch).
     */
    static final int BATCH = 2500;
    static final long BATCH_BYTES = 8L * 1024 * 1024;

    /** A complete file of the inbox and its size. */
    private record Found(Path file, long size) {
    }

    private final Path inbox;
    private final IntakeAttempts attempts;
    private final Map<String, Long> folderStableMillis;

    public InboxScanner(Path inbox, IntakeAttempts attempts) {
        this(inbox, attempts, Map.of());
    }

    /** With a stability window of their own for the inbox subfolders in {@code folderStableMillis} (unit id → ms). */
    public InboxScanner(Path inbox, IntakeAttempts attempts, Map<String, Long> folderStableMillis) {
        this.inbox = inbox.toAbsolutePath();
        this.attempts = attempts;
        this.folderStableMillis = Map.copyOf(folderStableMillis);
    }

    /**
     * The complete files of the inbox now (unchanged for {@code stableMillis}, or for their subfolder's own window),
     * in batches of at most {@link #BATCH} files and {@link #BATCH_BYTES}; empty when there are none. Two files or more
     * make two batches at least: the batches are what runs in parallel.
     */
    public List<List<Path>> batches(long stableMillis) {
        List<Found> files = stableFiles(stableMillis);
        if (files.isEmpty()) {
            return List.of();
        }
        int size = Math.min(BATCH, Math.max(1, (files.size() + 1) / 2));
        Map<String, Integer> unfinished = attempts.unfinished(files.stream().map(f -> f.file().toString()).toList());
        List<List<Path>> batches = new ArrayList<>();
        List<Path> batch = new ArrayList<>();
        long bytes = 0;
        for (Found found : files) {
            Path file = found.file();
            if (unfinished.containsKey(file.toString())) {
                batches.add(List.of(file));
                continue;
            }
            if (!batch.isEmpty() && bytes + found.size() > BATCH_BYTES) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(file);
            bytes += found.size();
            if (batch.size() == size) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** Files (links and other non-folders too: intake refuses them) not modified for the stability time, by path. */
    private List<Found> stableFiles(long stableMillis) {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        // file times are the file system's wall clock, so they are compared with it (not Loa's clock)
        long now = System.currentTimeMillis();
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(inbox) || !dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory() && !LEFT_ALONE.matcher(file.getFileName().toString()).matches()
                            && attrs.lastModifiedTime().toMillis() <= now - window(file, stableMillis)) {
                        found.add(new Found(file, attrs.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // gone while listing, or unreadable: looked at again on the next poll
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inbox, e);
        }
        found.sort(Comparator.comparing(Found::file));
        return found;
    }

    /** The stability window of a file: its first-level subfolder's own, else {@code stableMillis}. */
    private long window(Path file, long stableMillis) {
        Path relative = inbox.relativize(file);
        return relative.getNameCount() < 2 ? stableMillis
                : folderStableMillis.getOrDefault(relative.getName(0).toString(), stableMillis);
    }
}
