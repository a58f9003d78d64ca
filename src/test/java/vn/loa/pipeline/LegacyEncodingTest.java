package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.content.Article;
import vn.loa.content.ContentSource;
import vn.loa.delivery.IntakeEvent;
import vn.loa.delivery.Outcome;
import vn.loa.encoding.LegacyEncoding;
import vn.loa.i18n.Messages;

/**
 * The article of {@code legacy-unicode.md} dropped into the inbox in TCVN3, VNI-Windows and Windows-1258: each is
 * published with the original's title and body, its original archived byte for byte, the conversion noted in its
 * intake event; a file whose encoding cannot be told is rejected, naming the likely encodings.
 */
class LegacyEncodingTest {

    static final Map<String, LegacyEncoding> DROPS = Map.of(
            "quang-ninh-tcvn3.md", LegacyEncoding.TCVN3,
            "quang-ninh-vni.md", LegacyEncoding.VNI,
            "quang-ninh-cp1258.md", LegacyEncoding.CP1258);

    @TempDir
    Path tmp;

    LoaHarness loa;

    @BeforeEach
    void start() throws Exception {
        Messages.use("vi", null);
        loa = new LoaHarness(tmp).start();
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/content", name));
    }

    static String fixtureFor(String drop) {
        return "legacy-" + drop.substring("quang-ninh-".length());
    }

    @Test
    void legacyDrops_arePublishedAsTheUnicodeOriginal_andTheirOriginalsArchivedUnchanged() throws Exception {
        Article original = loa.components().parser().parse(new ContentSource("quang-ninh.md", fixture("legacy-unicode.md"), null));
        for (String drop : DROPS.keySet()) {
            loa.drop(drop, fixture(fixtureFor(drop)));
        }
        List<String> ids = DROPS.keySet().stream().map(d -> d.replace(".md", "")).toList();
        loa.awaitDelivered(ids.toArray(String[]::new));
        await().atMost(Duration.ofSeconds(10)).until(() -> DROPS.keySet().stream()
                .allMatch(d -> Files.exists(loa.content("published/2026/11/" + d))));

        for (String drop : DROPS.keySet()) {
            Article stored = loa.components().contents().find(drop.replace(".md", "")).orElseThrow().article();
            assertThat(stored.title()).as(drop).isEqualTo(original.title())
                    .isEqualTo("Ủy ban nhân dân tỉnh Quảng Ninh: Đổi mới giải quyết thủ tục hành chính theo Quyết định"
                            + " số 1291/QĐ-UBND");
            assertThat(stored.bodyHtml()).as(drop).isEqualTo(original.bodyHtml()).contains("<h2>KẾT QUẢ NỔI BẬT</h2>",
                    "“một cửa, một lần đến”", "Ủy quyền cho cấp huyện");
            assertThat(stored.summary()).as(drop).isEqualTo(original.summary());
            assertThat(stored.version()).as(drop).isEqualTo(original.version());
            assertThat(stored.convertedFrom()).as(drop).isEqualTo(DROPS.get(drop));
            assertThat(loa.content("published/2026/11/" + drop)).as(drop).hasBinaryContent(fixture(fixtureFor(drop)));
        }
        List<IntakeEvent> events = loa.components().events().after(0);
        assertThat(events).extracting(IntakeEvent::file, IntakeEvent::outcome, IntakeEvent::message).contains(
                org.assertj.core.groups.Tuple.tuple("quang-ninh-tcvn3.md", Outcome.PUBLISHED,
                        "published; đã chuyển từ mã TCVN3 (ABC) sang Unicode"),
                org.assertj.core.groups.Tuple.tuple("quang-ninh-vni.md", Outcome.PUBLISHED,
                        "published; đã chuyển từ mã VNI-Windows sang Unicode"),
                org.assertj.core.groups.Tuple.tuple("quang-ninh-cp1258.md", Outcome.PUBLISHED,
                        "published; đã chuyển từ mã Windows-1258 sang Unicode"));
        assertThat(Files.readString(loa.content("public/feeds/bnv/rss.xml"))).contains(original.title());
    }

    @Test
    void fileWhoseEncodingCannotBeTold_isRejectedNamingTheLikelyEncodings_andKeptUnchanged() throws Exception {
        byte[] ambiguous = fixture("legacy-ambiguous.md");
        loa.drop("hoi-nho.md", ambiguous);

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(loa.content("rejected/hoi-nho.md.error.txt")));

        assertThat(Files.readString(loa.content("rejected/hoi-nho.md.error.txt"))).startsWith(
                "hoi-nho.md:0: file: không phải UTF-8, và không chắc là bảng mã nào: có thể là Windows-1258 — 100% số từ"
                        + " đọc được hoặc TCVN3 (ABC) — 100% số từ đọc được; hãy lưu lại tệp dưới dạng UTF-8: trong Word"
                        + " chọn Save As → Plain Text → Unicode (UTF-8)");
        assertThat(loa.content("rejected/hoi-nho.md")).hasBinaryContent(ambiguous);
        assertThat(loa.deliveries("hoi-nho")).isEmpty();
    }

    @Test
    void plainAsciiAndUtf8_areNotNotedAsConverted() throws Exception {
        loa.drop("ascii.md", LoaHarness.article("title: Tin moi\nstatus: approved\napproved_by: An\nunits: [bnv]",
                "Noi dung."));
        loa.drop("utf8.md", fixture("legacy-unicode.md"));
        loa.awaitDelivered("ascii", "utf8");

        assertThat(loa.components().events().after(0)).extracting(IntakeEvent::message).containsOnly("published");
        assertThat(loa.components().contents().find("utf8").orElseThrow().article().convertedFrom()).isNull();
    }
}
