package vn.loa.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import vn.loa.content.Article;
import vn.loa.content.ContentParser;
import vn.loa.content.ContentRejectedException;

/** Embargoed items: whether one must wait, and which waiting files in {@code scheduled/} are due now. */
public final class Embargo {

    private final Path scheduled;
    private final ContentParser parser;
    private final ContentIntake intake;
    private final Clock clock;

    public Embargo(Path scheduled, ContentParser parser, ContentIntake intake, Clock clock) {
        this.scheduled = scheduled;
        this.parser = parser;
        this.intake = intake;
        this.clock = clock;
    }

    public boolean waits(Article article) {
        return article.publishAt() != null && article.publishAt().isAfter(clock.instant());
    }

    /** Files in {@code scheduled/} whose time has come (or that no longer parse, so intake rejects them). */
    public List<String> due() {
        if (!Files.isDirectory(scheduled)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(scheduled)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(this::isDue)
                    .map(Path::toString)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + scheduled, e);
        }
    }

    private boolean isDue(Path file) {
        try {
            return !waits(parser.parse(intake.read(file, scheduled)));
        } catch (ContentRejectedException e) {
            return true;
        }
    }
}
