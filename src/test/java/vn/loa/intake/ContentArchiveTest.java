package vn.loa.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.ConfigLoader;
import vn.loa.config.LoaConfig;
import vn.loa.delivery.IntakeEvents;
import vn.loa.storage.Database;
import vn.loa.testing.TestStores;

/** Originals kept in published/: every file under its own name, also when two batches archive at the same time. */
@Tag("store")
class ContentArchiveTest {

    static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy/MM");

    @TempDir
    Path tmp;

    Database db;
    LoaConfig config;
    ContentArchive archive;

    @BeforeEach
    void open() throws Exception {
        Path yaml = tmp.resolve("loa.yaml");
        Files.writeString(yaml, """
                site:
                  base_url: "http://loa.test"
                paths:
                  content: "%1$s/content"
                  data: "%1$s/data"
                %2$sunits:
                  - id: bnv
                    name: "Bộ Nội vụ"
                  - id: so-noi-vu-hn
                    name: "Sở Nội vụ thành phố Hà Nội"
                """.formatted(tmp.toString().replace('\\', '/'), TestStores.yaml(tmp.resolve("data"))));
        config = new ConfigLoader(Map.of()).load(yaml);
        db = Database.open(config.storage());
        archive = new ContentArchive(config, new IntakeEvents(db, Clock.systemUTC()),
                new IntakeAttempts(db, Clock.systemUTC()), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    Path drop(String unit, String name, String text) throws Exception {
        Path file = Files.createDirectories(config.paths().inbox().resolve(unit)).resolve(name);
        return Files.writeString(file, text);
    }

    List<String> archivedTexts() throws Exception {
        try (Stream<Path> files = Files.walk(config.paths().published())) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }

    @Test
    void twoBatchesArchivingTheSameNamesAtOnce_keepEveryOriginal() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                List<Path> bnv = new ArrayList<>();
                List<Path> hn = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    bnv.add(drop("bnv", "tin-" + i + ".md", "Tin của Bộ, vòng " + round + ", số " + i));
                    hn.add(drop("so-noi-vu-hn", "tin-" + i + ".md", "Tin của Sở, vòng " + round + ", số " + i));
                }
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> one = threads.submit(() -> {
                    together.await();
                    archive.publishedAll(bnv);
                    return null;
                });
                Future<?> other = threads.submit(() -> {
                    together.await();
                    archive.publishedAll(hn);
                    return null;
                });
                one.get();
                other.get();
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> texts = archivedTexts();
        assertThat(texts).hasSize(2 * 20 * 10).doesNotHaveDuplicates();
        assertThat(texts).filteredOn(t -> t.startsWith("Tin của Sở")).hasSize(200);
    }

    @Test
    void theSameOriginalArchivedAgain_isKeptOnce() throws Exception {
        Path file = drop("bnv", "tin.md", "Tin của Bộ");
        archive.publishedAll(List.of(file));
        archive.publishedAll(List.of(file));

        assertThat(archivedTexts()).containsExactly("Tin của Bộ");
    }

    @Test
    void anotherFileOfTheSameName_isKeptBesideTheFirst() throws Exception {
        archive.publishedAll(List.of(drop("bnv", "tin.md", "Tin của Bộ")));
        archive.publishedAll(List.of(drop("so-noi-vu-hn", "tin.md", "Tin của Sở")));

        Path month = config.paths().published().resolve(ZonedDateTime.now(config.site().zone()).format(YEAR_MONTH));
        try (Stream<Path> files = Files.list(month)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("tin.md", "tin-2.md");
        }
    }
}
