package vn.loa.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.config.LoaConfig;
import vn.loa.content.Article;
import vn.loa.content.ContentRejectedException;
import vn.loa.content.Problem;
import vn.loa.delivery.IntakeEvents;
import vn.loa.delivery.Outcome;
import vn.loa.guard.FileNames;
import vn.loa.guard.LogText;
import vn.loa.i18n.Messages;
import vn.loa.storage.AtomicFiles;

/**
 * Where originals end: {@code published/YYYY/MM/}, {@code scheduled/} or {@code rejected/} (beside
 * {@code NAME.error.txt}). A file already there with other content is never overwritten: the new one gets a suffix.
 * Inbox files are removed by the inbox route once this has stored them; files named on the command line stay.
 */
public final class ContentArchive {

    private static final Logger LOG = LoggerFactory.getLogger(ContentArchive.class);
    /** Written beside a rejected file: {@code NAME.error.txt}. */
    static final String ERROR_SUFFIX = ".error.txt";

    private final LoaConfig config;
    private final IntakeEvents events;
    private final IntakeAttempts attempts;
    private final Clock clock;
    /** Names chosen for copies not in place yet (see {@link #reserveName}). */
    private final Set<Path> reserved = ConcurrentHashMap.newKeySet();

    public ContentArchive(LoaConfig config, IntakeEvents events, IntakeAttempts attempts, Clock clock) {
        this.config = config;
        this.events = events;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Stores the original of a published (or skipped) item under {@code published/YYYY/MM/}. */
    public void published(@Header(ContentIntake.PATH) String path, @Header(ContentIntake.ORIGIN) String origin) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.site().zone()));
        Path folder = config.paths().published().resolve(String.format("%04d/%02d", now.getYear(), now.getMonthValue()));
        store(Path.of(path), folder, origin, null);
        attempts.end(path);
    }

    /** {@link #publishedAsRead} for files read now. */
    public void publishedAll(List<Path> files) {
        List<SeenFile> read = new ArrayList<>();
        for (Path file : files) {
            SeenFile seen = SeenFile.before(file);
            try {
                read.add(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? seen.read(Files.readAllBytes(file)) : seen);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        publishedAsRead(read);
    }

    /**
     * {@link #published} for the files of an inbox batch, each stored with the bytes intake read (and published), not
     * what the file holds now: every copy written, then all synced together and renamed into place, then their
     * attempts ended in one transaction. The caller removes them from the inbox afterwards, those that did not change.
     */
    public void publishedAsRead(List<SeenFile> files) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.site().zone()));
        Path folder = config.paths().published().resolve(String.format("%04d/%02d", now.getYear(), now.getMonthValue()));
        List<Path> names = new ArrayList<>();
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            Files.createDirectories(folder);
            List<Path> targets = new ArrayList<>();
            for (SeenFile seen : files) {
                Path source = seen.file();
                if (seen.bytes() == null) {
                    setAside(source, folder, "inbox");
                    continue;
                }
                Path target = reserveName(folder, source.getFileName().toString(), seen.bytes());
                names.add(target);
                if (!Files.exists(target)) {
                    batch.add(target, seen.bytes());
                    targets.add(target);
                }
            }
            batch.sync();
            for (Path target : targets) {
                batch.replace(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the originals of a batch in " + folder, e);
        } finally {
            // the batch is closed: every copy is in place (or gone), and the names are found taken on disk
            names.forEach(reserved::remove);
        }
        attempts.endAll(files.stream().map(f -> f.file().toString()).toList());
    }

    /** Keeps an embargoed item in {@code scheduled/} (with its unit subfolder) until it is due. */
    public void scheduled(Article article, @Header(ContentIntake.PATH) String path, @Header(ContentIntake.ORIGIN) String origin) {
        if (!"scheduled".equals(origin)) {
            store(Path.of(path), scheduledFolder(article, Path.of(path)), origin, null);
        }
        attempts.end(path);
        recordScheduled(article);
    }

    /** {@link #scheduled} for an inbox file, stored with the bytes intake read; the caller removes it from the inbox. */
    public void scheduledAsRead(Article article, SeenFile seen) {
        store(seen.file(), scheduledFolder(article, seen.file()), "inbox", seen.bytes());
        attempts.end(seen.file().toString());
        recordScheduled(article);
    }

    private Path scheduledFolder(Article article, Path source) {
        Path target = config.paths().scheduled().resolve(article.sourceName()).normalize();
        if (!target.startsWith(config.paths().scheduled())) {
            target = config.paths().scheduled().resolve(source.getFileName());
        }
        return target.getParent();
    }

    private void recordScheduled(Article article) {
        String converted = article.convertedFrom() == null ? "" : "; " + article.convertedFrom().conversionNote();
        events.record(article.sourceName(), article.id(), article.version(), Outcome.SCHEDULED,
                "waits in scheduled/ until " + article.publishAt() + converted);
        LOG.info("scheduled {} ({}) until {}{}", article.id(), article.sourceName(), article.publishAt(), converted);
    }

    /** Moves a file that cannot be published to {@code rejected/} and writes every problem beside it. */
    public void rejected(Exchange exchange) {
        rejectedFile(exchange.getMessage().getHeader(ContentIntake.PATH, String.class),
                exchange.getMessage().getHeader(ContentIntake.ORIGIN, String.class),
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
    }

    /** {@link #rejected(Exchange)} for a file of {@code origin} refused with {@code error}. */
    public void rejectedFile(String path, String origin, Exception error) {
        Path source = Path.of(path);
        List<String> lines;
        String file;
        if (error instanceof ContentRejectedException rejected) {
            file = rejected.file();
            lines = rejected.problems().stream().map(p -> LogText.escape(p.format(rejected.file()))).toList();
        } else {
            file = source.getFileName().toString();
            lines = List.of(LogText.escape(new Problem(0, "file", Messages.t("intake.failed", describe(error))).format(file)));
        }
        Path stored = store(source, config.paths().rejected(), origin, null);
        attempts.end(path);
        AtomicFiles.write(stored.resolveSibling(stored.getFileName() + ERROR_SUFFIX), String.join("\n", lines) + "\n");
        events.record(file, null, null, Outcome.REJECTED, String.join("\n", lines));
        // one log line per problem: each names the file (FILE:LINE: field: message)
        lines.forEach(line -> LOG.warn("rejected {}", line));
    }

    private static String describe(Throwable error) {
        return error == null ? Messages.t("intake.unknown_error") : error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    /**
     * Copies (or, from scheduled/, moves) a file into a folder under a name no other content holds: {@code read}, the
     * bytes intake read, or what the file holds now when null.
     */
    private Path store(Path source, Path folder, String origin, byte[] read) {
        try {
            Files.createDirectories(folder);
            if (Files.isSymbolicLink(source) || !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                return setAside(source, folder, origin);
            }
            byte[] bytes = read != null ? read : Files.readAllBytes(source);
            Path target = reserveName(folder, source.getFileName().toString(), bytes);
            try {
                if (!Files.exists(target)) {
                    AtomicFiles.write(target, bytes);
                }
            } finally {
                reserved.remove(target);
            }
            if ("scheduled".equals(origin) && !source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
                Files.deleteIfExists(source);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + source + " in " + folder, e);
        }
    }

    /** A link or other non-regular file is moved as it is (never followed) out of the inbox, or left alone. */
    private static Path setAside(Path source, Path folder, String origin) throws IOException {
        String name = source.getFileName().toString();
        Path target = folder.resolve(FileNames.fit(name, "", ERROR_SUFFIX.length()));
        for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
            target = folder.resolve(FileNames.fit(name, "-" + n, ERROR_SUFFIX.length()));
        }
        if (!"cli".equals(origin) && Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(source, target, LinkOption.NOFOLLOW_LINKS);
        }
        return target;
    }

    /**
     * The first name in {@code folder} free of other content ({@code name}, then {@code name-2} and so on), reserved
     * until the caller has its copy in place: batches archiving at the same time (and files of one batch) never
     * choose the same name, where the second rename would replace the first copy. A file already there with the
     * same bytes is the copy itself. Every name leaves room for {@code .error.txt} within the file system's limit,
     * so a name of any legal length is shortened (with a stable hash of it) rather than failing for ever.
     */
    private Path reserveName(Path folder, String name, byte[] bytes) throws IOException {
        for (int n = 1; ; n++) {
            Path candidate = folder.resolve(FileNames.fit(name, n == 1 ? "" : "-" + n, ERROR_SUFFIX.length())).toAbsolutePath();
            if (!reserved.add(candidate)) {
                continue;
            }
            if (!Files.exists(candidate) || Arrays.equals(Files.readAllBytes(candidate), bytes)) {
                return candidate;
            }
            reserved.remove(candidate);
        }
    }
}
