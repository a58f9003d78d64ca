package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.content.Channel;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.storage.Json;

/** The real routes of {@code routes/} from drop to feed, outbox and delivery log. */
@Tag("store")
class PipelineTest {

    static final String TITLE = "Bộ Nội vụ triển khai Kế hoạch cải cách hành chính năm 2026";

    @TempDir
    Path tmp;

    LoaHarness loa;

    @BeforeEach
    void start() throws Exception {
        loa = new LoaHarness(tmp).start();
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    static String approved(String extra, String body) {
        return LoaHarness.article("title: \"" + TITLE + "\"\nstatus: approved\napproved_by: Nguyễn Thị Lan\n" + extra, body);
    }

    Path feed(String unit, String name) {
        return loa.content("public/feeds/" + unit + "/" + name);
    }

    SyndFeed rss(String unit) throws Exception {
        return new SyndFeedInput().build(new StringReader(Files.readString(feed(unit, "rss.xml"))));
    }

    SyndFeed atom(String unit) throws Exception {
        return new SyndFeedInput().build(new StringReader(Files.readString(feed(unit, "atom.xml"))));
    }

    void awaitDelivered(String id) {
        loa.awaitDelivered(id);
    }

    void awaitVersions(String id, int versions) {
        await().atMost(Duration.ofSeconds(15)).until(() -> loa.deliveries(id).stream()
                .map(Delivery::contentVersion).distinct().count() == versions
                && loa.deliveries(id).stream().noneMatch(d -> d.status() == DeliveryStatus.PENDING));
    }

    @Test
    void dropIntoUnitFolder_isPublishedToThatUnitsFeedsAndLogged() throws Exception {
        loa.drop("bnv/Cải cách hành chính.md", approved("tags: [CCHC, số hóa]\nauthor: Phòng Truyền thông",
                "Bộ Nội vụ **đẩy mạnh** tuyên truyền cải cách hành chính.\n\nĐoạn thứ hai."));

        awaitDelivered("cai-cach-hanh-chinh");

        SyndFeed rss = rss("bnv");
        assertThat(rss.getLanguage()).isEqualTo("vi");
        assertThat(rss.getEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.getTitle()).isEqualTo(TITLE);
            assertThat(entry.getLink()).isEqualTo("https://moha.gov.vn/tin/cai-cach-hanh-chinh");
            assertThat(entry.getUri()).isEqualTo("urn:loa:cai-cach-hanh-chinh");
            assertThat(entry.getDescription().getValue()).isEqualTo("Bộ Nội vụ đẩy mạnh tuyên truyền cải cách hành chính.");
            assertThat(entry.getCategories()).extracting(c -> c.getName()).containsExactly("CCHC", "số hóa");
        });
        SyndEntry atomEntry = atom("bnv").getEntries().get(0);
        assertThat(atomEntry.getTitle()).isEqualTo(TITLE);
        assertThat(atomEntry.getUpdatedDate().toInstant()).isEqualTo(LoaHarness.START);
        @SuppressWarnings("unchecked")
        var json = Json.MAPPER.readValue(Files.readString(feed("bnv", "feed.json")), java.util.Map.class);
        assertThat(json.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat((List<?>) json.get("items")).hasSize(1);
        assertThat(Files.readString(feed("so-noi-vu-hn", "rss.xml"))).doesNotContain(TITLE);

        // handed off before its original is archived: it leaves the inbox once archived
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(loa.content("inbox/bnv/Cải cách hành chính.md")));
        assertThat(loa.content("published/2026/11/Cải cách hành chính.md")).exists();
        List<Delivery> deliveries = loa.deliveries("cai-cach-hanh-chinh");
        assertThat(deliveries).extracting(Delivery::channel, Delivery::target, Delivery::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Channel.FEED, "bnv", DeliveryStatus.SENT),
                org.assertj.core.groups.Tuple.tuple(Channel.CHAT, "cchc-slack", DeliveryStatus.SENT));
        Delivery chat = deliveries.stream().filter(d -> d.channel() == Channel.CHAT).findFirst().orElseThrow();
        assertThat(Files.readString(loa.content(chat.remoteId()))).contains(TITLE, "https://moha.gov.vn/tin/cai-cach-hanh-chinh");
    }

    @Test
    void sameContentDroppedTwice_isSkippedWithoutNewDeliveries() throws Exception {
        String text = approved("id: tin-mot\nunits: [bnv]", "Nội dung tin một.");
        loa.drop("tin-mot.md", text);
        awaitDelivered("tin-mot");
        int before = loa.deliveries("tin-mot").size();

        loa.drop("tin-mot-ban-sao.md", text.replace("tin-mot\n", "tin-mot\n"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(loa.content("published/2026/11/tin-mot-ban-sao.md")));

        assertThat(loa.deliveries("tin-mot")).hasSize(before);
        assertThat(loa.components().events().after(0)).extracting(e -> e.outcome().key())
                .containsExactly("published", "skipped");
    }

    @Test
    void changedVersion_updatesFeedItemInPlace_andDoesNotResendChat() throws Exception {
        loa.drop("tin.md", approved("id: tin-sua\nunits: [bnv]", "Bản đầu."));
        awaitDelivered("tin-sua");
        loa.clock.advance(Duration.ofHours(2));

        loa.drop("tin.md", approved("id: tin-sua\nunits: [bnv]", "Bản đã sửa, thêm số liệu quý III."));
        awaitVersions("tin-sua", 2);

        SyndFeed atom = atom("bnv");
        assertThat(atom.getEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.getUri()).isEqualTo("urn:loa:tin-sua");
            assertThat(entry.getUpdatedDate().toInstant()).isEqualTo(LoaHarness.START.plus(Duration.ofHours(2)));
            assertThat(entry.getPublishedDate().toInstant()).isEqualTo(LoaHarness.START);
            assertThat(entry.getContents().get(0).getValue()).contains("số liệu quý III");
        });
        String v2 = loa.components().contents().find("tin-sua").orElseThrow().version();
        assertThat(loa.deliveries("tin-sua")).filteredOn(d -> d.contentVersion().equals(v2))
                .extracting(Delivery::channel, Delivery::status).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Channel.FEED, DeliveryStatus.SENT),
                        org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, DeliveryStatus.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple(Channel.CHAT, DeliveryStatus.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple(Channel.CHAT, DeliveryStatus.SKIPPED));
    }

    @Test
    void changedVersionWithResend_sendsChatAgain() throws Exception {
        loa.drop("tin.md", approved("id: tin-gui-lai\nunits: [bnv]", "Bản đầu."));
        awaitDelivered("tin-gui-lai");

        loa.drop("tin.md", approved("id: tin-gui-lai\nunits: [bnv]\nresend: true", "Bản sửa, cần gửi lại."));
        awaitVersions("tin-gui-lai", 2);

        assertThat(loa.deliveries("tin-gui-lai")).filteredOn(d -> d.channel() == Channel.CHAT)
                .extracting(Delivery::status).containsExactly(DeliveryStatus.SENT, DeliveryStatus.SENT);
    }

    @Test
    void withdrawn_removesTheItemFromFeeds() throws Exception {
        loa.drop("tin.md", approved("id: tin-go\nunits: [bnv, so-noi-vu-hn]", "Tin sẽ bị gỡ."));
        awaitDelivered("tin-go");
        assertThat(rss("so-noi-vu-hn").getEntries()).hasSize(1);

        loa.drop("go.md", LoaHarness.article("title: Gỡ tin\nstatus: withdrawn\napproved_by: Lan\nid: tin-go", ""));
        await().atMost(Duration.ofSeconds(10)).until(() -> rss("bnv").getEntries().isEmpty()
                && rss("so-noi-vu-hn").getEntries().isEmpty());

        // the page still answers, saying that the item was withdrawn (UnitBoundsTest has the details)
        assertThat(loa.get("/articles/tin-go").statusCode()).isEqualTo(410);
    }

    @Test
    void withdrawingAnUnknownId_isRejected() throws Exception {
        loa.drop("go.md", LoaHarness.article("title: Gỡ tin\nstatus: withdrawn\napproved_by: Lan\nid: khong-co", ""));

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(loa.content("rejected/go.md.error.txt")));
        assertThat(Files.readString(loa.content("rejected/go.md.error.txt")))
                .contains("go.md:1: status:", "khong-co");
    }

    @Test
    void feedItems_keepsOnlyTheNewestItems() throws Exception {
        for (int i = 1; i <= 4; i++) {
            loa.drop("tin-" + i + ".md", approved("id: tin-" + i + "\nunits: [bnv]\ndate: 2026-11-0" + i + "T08:00:00+07:00",
                    "Tin số " + i + "."));
        }
        for (int i = 1; i <= 4; i++) {
            awaitDelivered("tin-" + i);
        }

        assertThat(rss("bnv").getEntries()).extracting(SyndEntry::getLink)
                .containsExactly("https://moha.gov.vn/tin/tin-4", "https://moha.gov.vn/tin/tin-3", "https://moha.gov.vn/tin/tin-2");
    }

    @Test
    void embargoedItem_waitsInScheduled_andIsPublishedWhenDue_alsoAfterARestart() throws Exception {
        loa.drop("bnv/tin-hen-gio.md", approved("publish_at: 2026-11-20T10:00", "Tin đăng theo giờ hẹn."));
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(loa.content("scheduled/bnv/tin-hen-gio.md")));
        assertThat(loa.deliveries("tin-hen-gio")).isEmpty();

        loa.restart();
        loa.clock.set(java.time.Instant.parse("2026-11-20T03:00:01Z"));   // 10:00:01 in Hà Nội

        awaitDelivered("tin-hen-gio");
        assertThat(rss("bnv").getEntries()).extracting(SyndEntry::getTitle).containsExactly(TITLE);
        assertThat(loa.content("scheduled/bnv/tin-hen-gio.md")).doesNotExist();
        assertThat(loa.content("published/2026/11/tin-hen-gio.md")).exists();
    }

    @Test
    void temporaryAndLockFiles_areLeftAlone() throws Exception {
        loa.drop("~$bai.md", "lock");
        loa.drop("bai.md.part", "half");
        loa.drop("bnv/tin-that.md", approved("", "Tin thật."));
        awaitDelivered("tin-that");

        assertThat(loa.content("inbox/~$bai.md")).exists();
        assertThat(loa.content("inbox/bai.md.part")).exists();
        try (Stream<Path> rejected = Files.list(loa.content("rejected")).filter(Files::exists)) {
            assertThat(rejected).isEmpty();
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing was rejected: no folder at all
        }
    }

    @Test
    void symlinkInTheInbox_isRefusedWithoutReadingItsTarget() throws Exception {
        Path secret = Files.writeString(tmp.resolve("bi-mat.md"), approved("id: bi-mat\nunits: [bnv]", "Không được đọc."));
        Files.createDirectories(loa.content("inbox"));
        Files.createSymbolicLink(loa.content("inbox/lien-ket.md"), secret);

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(loa.content("rejected/lien-ket.md.error.txt")));
        assertThat(Files.readString(loa.content("rejected/lien-ket.md.error.txt"))).isEqualTo("lien-ket.md:0: file: không phải tệp thông thường (Loa không nhận liên kết và thư mục)\n");
        assertThat(Files.isSymbolicLink(loa.content("rejected/lien-ket.md"))).isTrue();
        assertThat(loa.deliveries("bi-mat")).isEmpty();
        assertThat(secret).exists();
    }

    @Test
    void fileThatStoppedLoaThreeTimes_isQuarantined_andTheNextDropOfItIsReadAgain() throws Exception {
        Path file = loa.content("inbox/bnv/doc-hai.md");
        var attempts = new vn.loa.intake.IntakeAttempts(loa.components().db(), loa.clock);
        for (int crash = 0; crash < 3; crash++) {
            attempts.begin(file.toString());   // as if the process died while parsing it, three times
        }

        loa.drop("bnv/doc-hai.md", approved("id: doc-hai", "Tin làm dừng tiến trình."));

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(loa.content("rejected/doc-hai.md.error.txt")));
        assertThat(Files.readString(loa.content("rejected/doc-hai.md.error.txt")))
                .isEqualTo("bnv/doc-hai.md:0: file: đã cách ly: Loa đã dừng 3 lần khi xử lý tệp này; hãy kiểm tra tệp bằng lệnh"
                        + " loa check\n");
        assertThat(loa.deliveries("doc-hai")).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(loa.content("inbox/bnv/doc-hai.md")));

        loa.drop("bnv/doc-hai.md", approved("id: doc-hai", "Tin làm dừng tiến trình, bản đã sửa."));
        awaitDelivered("doc-hai");
    }

    @Test
    void fileStillBeingWritten_isReadOnlyOnceItStopsChanging() throws Exception {
        // the folder's window (1.5 s) is far longer than the copy's pauses (40 ms), also on a loaded machine
        loa.stop();
        loa = new LoaHarness(tmp, "intake:\n  folders:\n    bnv:\n      stable_millis: 1500\n").start();
        Path file = loa.content("inbox/bnv/dang-ghi.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: \"" + TITLE + "\"\nstatus: approved\napproved_by: Nguyễn Thị Lan\n");
        java.util.concurrent.atomic.AtomicInteger lines = new java.util.concurrent.atomic.AtomicInteger();

        // a slow copy: a line every 40 ms for about a second, half of it before the closing ---
        await().pollInterval(Duration.ofMillis(40)).atMost(Duration.ofSeconds(10)).until(() -> {
            assertThat(file).as("read while still being written").exists();
            int n = lines.incrementAndGet();
            Files.writeString(file, n == 12 ? "---\n" : n < 12 ? "# dòng " + n + "\n" : "Dòng thân bài " + n + ".\n\n",
                    java.nio.file.StandardOpenOption.APPEND);
            return n >= 25;
        });

        awaitDelivered("dang-ghi");
        assertThat(loa.components().events().after(0)).extracting(e -> e.outcome().key()).containsExactly("published");
        assertThat(loa.content("rejected")).doesNotExist();
    }

    @Test
    void feedWriteFailingMidway_leavesTheOldFeedWhole_andIsRetriedUntilItWorks() throws Exception {
        loa.drop("bnv/tin-cu.md", approved("id: tin-cu", "Tin cũ."));
        awaitDelivered("tin-cu");
        String oldAtom = Files.readString(feed("bnv", "atom.xml"));
        // stands for a full disk or an I/O error: rss.xml cannot be replaced any more
        Files.delete(feed("bnv", "rss.xml"));
        Files.createDirectories(feed("bnv", "rss.xml").resolve("chan"));
        loa.clock.advance(Duration.ofMinutes(1));

        loa.drop("bnv/tin-moi.md", approved("id: tin-moi", "Tin mới."));
        await().atMost(Duration.ofSeconds(10)).until(() -> loa.deliveries("tin-moi").stream()
                .anyMatch(d -> d.channel() == Channel.FEED && d.attempts() == 1));

        Delivery feedDelivery = loa.deliveries("tin-moi").stream().filter(d -> d.channel() == Channel.FEED).findFirst().orElseThrow();
        assertThat(feedDelivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(feedDelivery.lastError()).startsWith("cannot write the feeds of bnv");
        assertThat(Files.readString(feed("bnv", "atom.xml"))).isEqualTo(oldAtom);
        try (Stream<Path> files = Files.list(loa.content("public/feeds/bnv"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("rss.xml", "atom.xml", "feed.json");
        }

        Files.delete(feed("bnv", "rss.xml").resolve("chan"));
        Files.delete(feed("bnv", "rss.xml"));
        loa.clock.advance(Duration.ofMinutes(2));
        awaitDelivered("tin-moi");
        assertThat(rss("bnv").getEntries()).extracting(SyndEntry::getLink)
                .containsExactly("https://moha.gov.vn/tin/tin-moi", "https://moha.gov.vn/tin/tin-cu");
    }
}
