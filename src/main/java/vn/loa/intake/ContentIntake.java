package vn.loa.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.camel.Exchange;
import vn.loa.config.LoaConfig;
import vn.loa.content.ContentRejectedException;
import vn.loa.content.ContentSource;
import vn.loa.content.Problem;
import vn.loa.i18n.Messages;

/**
 * Turns a file found in the inbox (or named on the command line, or due in {@code scheduled/}) into a
 * {@link ContentSource}: refuses links, non-regular and oversized files before reading them.
 */
public final class ContentIntake {

    /** Exchange header: the file's absolute path. */
    public static final String PATH = "loaPath";
    /** Exchange header: where the file came from: {@code inbox}, {@code scheduled} or {@code cli}. */
    public static final String ORIGIN = "loaOrigin";

    private final LoaConfig config;
    private final IntakeAttempts attempts;

    /** For reading only (the {@code check} command): no attempts are recorded. */
    public ContentIntake(LoaConfig config) {
        this(config, null);
    }

    public ContentIntake(LoaConfig config, IntakeAttempts attempts) {
        this.config = config;
        this.attempts = attempts;
    }

    private void quarantineIfItKeepsStoppingLoa(Path file, Path base) {
        if (attempts != null && attempts.begin(file.toString()) >= IntakeAttempts.QUARANTINE_AFTER) {
            throw quarantined(file, base);
        }
    }

    /** The rejection of a file that stopped Loa {@link IntakeAttempts#QUARANTINE_AFTER} times. */
    static ContentRejectedException quarantined(Path file, Path base) {
        return new ContentRejectedException(nameOf(file, base), new Problem(0, "file",
                Messages.t("intake.quarantined", IntakeAttempts.QUARANTINE_AFTER)));
    }

    /**
     * For the command line and {@code scheduled/}: the file whose path is the body. A file below the inbox or
     * {@code scheduled/} keeps the unit its subfolder implies.
     */
    public ContentSource fromFile(Exchange exchange) {
        Path file = Path.of(exchange.getMessage().getBody(String.class)).toAbsolutePath().normalize();
        exchange.getMessage().setHeader(PATH, file.toString());
        Path scheduled = config.paths().scheduled();
        boolean waiting = file.startsWith(scheduled);
        exchange.getMessage().setHeader(ORIGIN, waiting ? "scheduled" : "cli");
        if (waiting) {
            quarantineIfItKeepsStoppingLoa(file, scheduled);
        }
        return read(file, waiting ? scheduled : file.startsWith(config.paths().inbox()) ? config.paths().inbox() : null);
    }

    /** Reads a file, naming it relative to {@code base} when it lies below it. */
    public ContentSource read(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = nameOf(absolute, base);
        if (Files.isSymbolicLink(absolute) || !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new ContentRejectedException(name, new Problem(0, "file", Messages.t("intake.not_regular")));
        }
        try {
            long size = Files.size(absolute);
            long max = config.intake().maxBytes();
            if (size > max) {
                throw new ContentRejectedException(name, new Problem(0, "file", Messages.t("intake.too_large", size, max)));
            }
            return new ContentSource(name, Files.readAllBytes(absolute), impliedUnit(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + absolute, e);
        }
    }

    private static String nameOf(Path file, Path base) {
        Path normalizedBase = base == null ? null : base.toAbsolutePath().normalize();
        Path relative = normalizedBase != null && file.startsWith(normalizedBase) ? normalizedBase.relativize(file) : file.getFileName();
        return Normalizer.normalize(relative.toString().replace('\\', '/'), Normalizer.Form.NFC);
    }

    /** {@code bnv/tin.md} implies unit {@code bnv}; deeper folders use their first level. */
    private static String impliedUnit(String name) {
        int slash = name.indexOf('/');
        return slash > 0 ? name.substring(0, slash) : null;
    }
}
