package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.content.Article;
import vn.loa.content.ContentRejectedException;
import vn.loa.content.ContentSource;
import vn.loa.content.ContentStatus;

/**
 * The whole fixture corpus of hostile and valid content files (src/test/resources/content) dropped into the inbox
 * at once: every file ends where {@code check} says it should, a rejected one beside exactly the problems
 * {@code check} prints, with nothing delivered for it, and the valid ones are published all the same.
 */
class HostileCorpusTest {

    @TempDir
    Path tmp;

    LoaHarness loa;

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    @Test
    void everyCorpusFile_endsWhereCheckSays_andTheValidOnesArePublished() throws Exception {
        loa = new LoaHarness(tmp).start();
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/content"))) {
            for (Path f : files.filter(f -> !f.toString().endsWith(".py")).sorted().toList()) {
                corpus.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        Map<String, List<String>> rejected = new LinkedHashMap<>();
        List<String> published = new ArrayList<>();
        for (var entry : corpus.entrySet()) {
            String name = entry.getKey();
            try {
                Article article = loa.components().parser().parse(new ContentSource(name, entry.getValue(), null));
                if (article.status() == ContentStatus.WITHDRAWN || article.publishAt() != null) {
                    continue;   // their outcome depends on what was published before, or on the clock
                }
                published.add(name);
            } catch (ContentRejectedException e) {
                rejected.put(name, e.problems().stream().map(p -> p.format(name)).toList());
            }
            loa.drop(name, entry.getValue());
        }
        assertThat(rejected).hasSizeGreaterThan(30);
        assertThat(published).hasSizeGreaterThan(5);

        await().atMost(Duration.ofSeconds(30)).until(() -> rejected.keySet().stream()
                        .allMatch(name -> Files.exists(loa.content("rejected/" + name + ".error.txt")))
                && published.stream().allMatch(name -> Files.exists(loa.content("published/2026/11/" + name)))
                // a batch's files leave the inbox once all of them are archived
                && loa.content("inbox").toFile().list().length == 0);

        for (var entry : rejected.entrySet()) {
            assertThat(Files.readString(loa.content("rejected/" + entry.getKey() + ".error.txt")).lines().toList())
                    .as(entry.getKey()).isEqualTo(entry.getValue());
            assertThat(loa.content("rejected/" + entry.getKey())).hasBinaryContent(corpus.get(entry.getKey()));
        }
        assertThat(loa.content("inbox").toFile().list()).isEmpty();
        List<String> delivered = loa.components().deliveries().queries().find(vn.loa.delivery.DeliveryFilter.all()).stream()
                .map(d -> d.contentId()).distinct().toList();
        for (String name : rejected.keySet()) {
            assertThat(delivered).as(name).noneMatch(id -> id.equals(name.replaceFirst("\\\\.[a-z]+$", "")));
        }
        String rss = Files.readString(loa.content("public/feeds/bnv/rss.xml"));
        assertThat(rss).doesNotContain("<script", "javascript:", "onerror");
    }
}
