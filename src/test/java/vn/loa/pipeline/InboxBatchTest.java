package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.content.Channel;
import vn.loa.delivery.DeliveryStatus;

/** Files found in the inbox together are processed as one batch; each still ends on its own. */
@Tag("store")
class InboxBatchTest {

    @TempDir
    Path tmp;

    LoaHarness loa;

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    /** Drops the files while Loa is stopped, so that its first poll finds them all: one batch. */
    void dropAllThenStart(String... namesAndTexts) throws Exception {
        loa = new LoaHarness(tmp);
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            loa.drop(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        loa.start();
    }

    static String article(String id, String title) {
        return LoaHarness.article("id: " + id + "\ntitle: \"" + title + "\"\nstatus: approved\napproved_by: Nguyễn Thị Lan",
                "Nội dung của " + title + ".");
    }

    @Test
    void batchWithBadFiles_publishesTheOthers_andRejectsEachBadOneWithItsMessage() throws Exception {
        dropAllThenStart(
                "so-noi-vu-hn/tin-1.md", article("tin-1", "Tin thứ nhất"),
                "so-noi-vu-hn/thieu-tieu-de.md", LoaHarness.article("status: approved\napproved_by: Lan", "Không có tiêu đề."),
                "so-noi-vu-hn/tin-2.md", article("tin-2", "Tin thứ hai"),
                "so-noi-vu-hn/rut-bai.md", LoaHarness.article("id: khong-co\ntitle: \"Rút\"\nstatus: withdrawn\napproved_by: Lan", ""),
                "so-noi-vu-hn/tin-3.md", article("tin-3", "Tin thứ ba"));

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(loa.content("rejected/rut-bai.md.error.txt"))
                && Files.exists(loa.content("rejected/thieu-tieu-de.md.error.txt")));
        loa.awaitDelivered("tin-1", "tin-2", "tin-3");

        assertThat(Files.readString(loa.content("rejected/thieu-tieu-de.md.error.txt")))
                .startsWith("so-noi-vu-hn/thieu-tieu-de.md:1: title: thiếu tiêu đề; ");
        // refused while storing the batch (in its own savepoint): the others of the same transaction are kept
        assertThat(Files.readString(loa.content("rejected/rut-bai.md.error.txt")))
                .isEqualTo("so-noi-vu-hn/rut-bai.md:1: status: trạng thái là withdrawn (gỡ bài), nhưng chưa có bài nào đã xuất bản"
                        + " với mã 'khong-co'\n");
        assertThat(loa.deliveries("khong-co")).isEmpty();
        assertThat(titles("so-noi-vu-hn")).containsExactlyInAnyOrder("Tin thứ nhất", "Tin thứ hai", "Tin thứ ba");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (var left = Files.list(loa.content("inbox/so-noi-vu-hn"))) {
                return left.findAny().isEmpty();
            }
        });
        assertThat(loa.components().events().after(0)).extracting(e -> e.outcome().key())
                .containsExactlyInAnyOrder("published", "published", "published", "rejected", "rejected");
    }

    @Test
    void pollWithSeveralBatches_takesEveryFileOnce_evenWhenItsBatchesOutlastThePollPeriod() throws Exception {
        int files = 1100; // two batches, each longer than the 100 ms poll of the harness
        String[] drop = IntStream.rangeClosed(1, files).boxed()
                .flatMap(i -> java.util.stream.Stream.of("so-noi-vu-hn/tin-" + i + ".md", article("tin-" + i, "Tin số " + i)))
                .toArray(String[]::new);

        dropAllThenStart(drop);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                loa.components().events().after(0).size() >= files && inboxIsEmpty());
        assertThat(loa.components().events().after(0)).extracting(e -> e.outcome().key()).containsOnly("published")
                .hasSize(files);
        assertThat(loa.content("rejected")).satisfiesAnyOf(
                dir -> assertThat(Files.exists(dir)).isFalse(),
                dir -> assertThat(dir).isEmptyDirectory());
    }

    private boolean inboxIsEmpty() throws java.io.IOException {
        try (var left = Files.list(loa.content("inbox/so-noi-vu-hn"))) {
            return left.findAny().isEmpty();
        }
    }

    @Test
    void batchOfManyItemsForOneUnit_putsEveryOneInItsFeeds_andMarksEveryFeedDeliverySent() throws Exception {
        String[] drop = IntStream.rangeClosed(1, 12).boxed()
                .flatMap(i -> java.util.stream.Stream.of("so-noi-vu-hn/tin-" + i + ".md", article("tin-" + i, "Tin số " + i)))
                .toArray(String[]::new);
        dropAllThenStart(drop);

        String[] ids = IntStream.rangeClosed(1, 12).mapToObj(i -> "tin-" + i).toArray(String[]::new);
        loa.awaitDelivered(ids);

        assertThat(titles("so-noi-vu-hn")).hasSize(12).allMatch(t -> t.startsWith("Tin số "));
        assertThat(Files.readString(loa.content("public/feeds/so-noi-vu-hn/feed.json"))).contains("Tin số 1\"", "Tin số 12\"");
        assertThat(Files.readString(loa.content("public/feeds/so-noi-vu-hn/atom.xml"))).contains("Tin số 1<", "Tin số 12<");
        for (String id : ids) {
            assertThat(loa.deliveries(id)).filteredOn(d -> d.channel() == Channel.FEED)
                    .singleElement().satisfies(d -> {
                        assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
                        assertThat(d.remoteId()).isEqualTo("feeds/so-noi-vu-hn/");
                    });
        }
    }

    @Test
    void sameFileNameInTwoUnitFolders_isArchivedUnderTwoNames() throws Exception {
        dropAllThenStart(
                "bnv/tin.md", article("tin-bnv", "Tin của Bộ"),
                "so-noi-vu-hn/tin.md", article("tin-hn", "Tin của Sở"));

        loa.awaitDelivered("tin-bnv", "tin-hn");

        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(loa.content("inbox/bnv/tin.md"))
                && !Files.exists(loa.content("inbox/so-noi-vu-hn/tin.md")));
        List<String> archived = List.of(Files.readString(loa.content("published/2026/11/tin.md")),
                Files.readString(loa.content("published/2026/11/tin-2.md")));
        assertThat(archived).anyMatch(t -> t.contains("Tin của Bộ")).anyMatch(t -> t.contains("Tin của Sở"));
    }

    List<String> titles(String unit) throws Exception {
        String rss = Files.readString(loa.content("public/feeds/" + unit + "/rss.xml"));
        return new SyndFeedInput().build(new StringReader(rss)).getEntries().stream().map(SyndEntry::getTitle).toList();
    }
}
