package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publish} through the real Camel routes of {@code routes/}, once for the class (two valid articles and one
 * without a title), then {@code log} on the deliveries it left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("store")
class PublishAndLogCommandTest {

    /** SPEC §8's columns, in its order, then {@code kind}, an addition. */
    private static final List<String> LOG_COLUMNS = List.of("id", "content_id", "content_version", "channel", "target",
            "recipient", "status", "attempts", "last_error", "created_at", "updated_at", "sent_at", "remote_id", "kind");

    @TempDir
    static Path tmp;

    Workspace loa;
    Path bnvArticle;
    Path hanoiArticle;
    Path invalid;
    Workspace.Result published;

    @BeforeAll
    void publishOnce() {
        loa = new Workspace(tmp);
        Path drop = tmp.resolve("drop");
        bnvArticle = Workspace.write(drop.resolve("Cải cách hành chính.md"),
                Workspace.article("cai-cach-hanh-chinh", "Bộ Nội vụ đẩy mạnh cải cách hành chính năm 2026", "bnv")
                        .replace("id: cai-cach-hanh-chinh\n", ""));
        hanoiArticle = Workspace.write(drop.resolve("so-noi-vu-hn-tap-huan.md"),
                Workspace.article("so-noi-vu-hn-tap-huan", "Sở Nội vụ Hà Nội tập huấn cải cách hành chính cấp xã", "so-noi-vu-hn"));
        invalid = Workspace.write(drop.resolve("thieu-tieu-de.md"), """
                ---
                status: approved
                approved_by: Nguyễn Văn An
                units: [bnv]
                ---

                Bài viết chưa có tiêu đề.
                """);
        published = loa.run("publish", bnvArticle.toString(), hanoiArticle.toString(), invalid.toString());
    }

    private static String rowOf(List<String> lines, String file) {
        return lines.stream().filter(l -> l.startsWith(file + " ")).findFirst().orElseThrow(
                () -> new AssertionError("no summary row for " + file + " in\n" + String.join("\n", lines)));
    }

    @Test
    void publish_withOneInvalidFile_exitsOne() {
        assertThat(published.exit()).as(published.out() + published.err()).isEqualTo(1);
    }

    @Test
    void publish_summaryListsEveryFileWithItsResult() {
        List<String> lines = published.lines();

        assertThat(rowOf(lines, "Cải cách hành chính.md")).matches(
                "Cải cách hành chính\\.md +đã xuất bản +cai-cach-hanh-chinh +feed 1, email 0, chat 1");
        assertThat(rowOf(lines, "so-noi-vu-hn-tap-huan.md")).matches(
                "so-noi-vu-hn-tap-huan\\.md +đã xuất bản +so-noi-vu-hn-tap-huan +feed 1, email 0, chat 0");
        assertThat(rowOf(lines, "thieu-tieu-de.md")).matches("thieu-tieu-de\\.md +bị từ chối");
        assertThat(lines).anyMatch(l -> l.matches(" +thieu-tieu-de\\.md:1: title: thiếu tiêu đề; hãy ghi tiêu đề bài,"
                + " ví dụ title: Cải cách hành chính năm 2025"));
        assertThat(lines).contains("Bài: 2 đã xuất bản, 1 bị từ chối", "Lượt gửi qua feed: 2 đã gửi",
                "Lượt gửi qua chat: 1 đã gửi");
    }

    @Test
    void publish_writesTheFeedsOfEachUnit() throws Exception {
        Path bnvFeed = loa.content.resolve("public/feeds/bnv/rss.xml");
        Path hanoiFeed = loa.content.resolve("public/feeds/so-noi-vu-hn/rss.xml");

        assertThat(bnvFeed).isRegularFile();
        assertThat(Files.readString(bnvFeed)).contains("Bộ Nội vụ đẩy mạnh cải cách hành chính năm 2026")
                .doesNotContain("Sở Nội vụ Hà Nội tập huấn");
        assertThat(hanoiFeed).isRegularFile();
        assertThat(Files.readString(hanoiFeed)).contains("Sở Nội vụ Hà Nội tập huấn cải cách hành chính cấp xã");
        assertThat(loa.content.resolve("public/feeds/bnv/atom.xml")).isRegularFile();
        assertThat(loa.content.resolve("public/feeds/bnv/feed.json")).isRegularFile();
    }

    @Test
    void publish_sendsTheChatToTheOutbox() throws Exception {
        try (var files = Files.list(loa.content.resolve("outbox"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().endsWith("-cai-cach-hanh-chinh-cchc-slack.json");
        }
    }

    @Test
    void publish_copiesTheRejectedFileBesideItsErrors() throws Exception {
        Path copy = loa.content.resolve("rejected/thieu-tieu-de.md");
        Path errors = loa.content.resolve("rejected/thieu-tieu-de.md.error.txt");

        assertThat(copy).hasSameBinaryContentAs(invalid);
        assertThat(Files.readString(errors)).isEqualTo(
                "thieu-tieu-de.md:1: title: thiếu tiêu đề; hãy ghi tiêu đề bài, ví dụ title: Cải cách hành chính năm 2025\n");
    }

    @Test
    void publish_leavesTheOriginalsInPlaceAndArchivesCopies() throws Exception {
        assertThat(bnvArticle).isRegularFile();
        assertThat(hanoiArticle).isRegularFile();
        assertThat(invalid).isRegularFile();
        try (var files = Files.walk(loa.content.resolve("published"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("Cải cách hành chính.md", "so-noi-vu-hn-tap-huan.md");
        }
    }

    @Test
    void publishAgain_isSkippedAndSendsNothing() {
        Workspace.Result again = loa.run("publish", bnvArticle.toString(), hanoiArticle.toString());

        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        assertThat(rowOf(again.lines(), "Cải cách hành chính.md")).matches("Cải cách hành chính\\.md +bỏ qua \\(không thay đổi\\) +cai-cach-hanh-chinh");
        assertThat(rowOf(again.lines(), "so-noi-vu-hn-tap-huan.md")).matches("so-noi-vu-hn-tap-huan\\.md +bỏ qua \\(không thay đổi\\) +so-noi-vu-hn-tap-huan");
        assertThat(again.lines()).contains("Bài: 2 bỏ qua (không thay đổi)").noneMatch(l -> l.startsWith("Lượt gửi"));
        assertThat(loa.run("log", "--format", "csv").lines()).hasSize(1 + 3);
    }

    @Test
    void publishMissingFile_isAUserErrorAndPublishesNothing() {
        Path missing = tmp.resolve("drop/khong-co.md");

        Workspace.Result result = loa.run("publish", bnvArticle.toString(), missing.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("loa: không tìm thấy tệp: " + missing + System.lineSeparator());
        assertThat(result.out()).isEmpty();
    }

    @Test
    void logCsv_hasAHeaderAndOneSentRowPerDelivery() {
        Workspace.Result log = loa.run("log", "--format", "csv");

        assertThat(log.exit()).isZero();
        List<String> lines = log.lines();
        assertThat(lines.get(0)).isEqualTo(String.join(",", LOG_COLUMNS));
        List<List<String>> rows = lines.subList(1, lines.size()).stream().map(l -> List.of(l.split(",", -1))).toList();
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row).hasSize(LOG_COLUMNS.size());
            assertThat(row.get(LOG_COLUMNS.indexOf("status"))).isEqualTo("sent");
            assertThat(row.get(LOG_COLUMNS.indexOf("sent_at"))).isNotEmpty();
        });
        assertThat(rows).extracting(r -> r.get(1) + " " + r.get(3) + " " + r.get(4)).containsExactlyInAnyOrder(
                "cai-cach-hanh-chinh feed bnv",
                "cai-cach-hanh-chinh chat cchc-slack",
                "so-noi-vu-hn-tap-huan feed so-noi-vu-hn");
    }

    @Test
    void logJson_isAListOfRowsWithTheDeliveryLogColumns() throws Exception {
        Workspace.Result log = loa.run("log", "--format", "json");

        assertThat(log.exit()).isZero();
        List<Map<String, Object>> rows = new ObjectMapper().readValue(log.out(), new TypeReference<>() { });
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row).containsOnlyKeys(LOG_COLUMNS);
            assertThat(row.get("status")).isEqualTo("sent");
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat(row.get("last_error")).isNull();
            assertThat((String) row.get("content_version")).isNotBlank();
        });
        assertThat(rows).filteredOn(r -> r.get("channel").equals("chat")).singleElement()
                .satisfies(r -> assertThat((String) r.get("remote_id")).startsWith("outbox/"));
    }

    @Test
    void logTable_listsTheDeliveriesAndTheirCount() {
        Workspace.Result log = loa.run("log");

        assertThat(log.exit()).isZero();
        assertThat(log.lines().get(0)).startsWith("ID").contains("BÀI", "KÊNH", "TRẠNG THÁI", "LỖI GẦN NHẤT");
        assertThat(log.lines()).hasSize(1 + 3 + 1).last().isEqualTo("3 lượt gửi");
    }

    @Test
    void logChannelAndStatus_filter() throws Exception {
        Workspace.Result log = loa.run("log", "--channel", "feed", "--status", "sent", "--format", "json");

        assertThat(log.exit()).isZero();
        List<Map<String, Object>> rows = new ObjectMapper().readValue(log.out(), new TypeReference<>() { });
        assertThat(rows).extracting(r -> r.get("target")).containsExactlyInAnyOrder("bnv", "so-noi-vu-hn");
        assertThat(loa.run("log", "--channel", "email", "--format", "json").out().strip()).isEqualTo("[]");
        assertThat(loa.run("log", "--status", "failed", "--format", "json").out().strip()).isEqualTo("[]");
    }

    @Test
    void logContent_filtersByContentId() {
        Workspace.Result log = loa.run("log", "--content", "cai-cach-hanh-chinh", "--format", "csv");

        assertThat(log.lines()).hasSize(1 + 2);
        assertThat(log.lines().subList(1, 3)).allMatch(l -> l.split(",")[1].equals("cai-cach-hanh-chinh"));
    }

    @Test
    void logLimit_capsTheRows() {
        assertThat(loa.run("log", "--limit", "2", "--format", "csv").lines()).hasSize(1 + 2);
    }

    @Test
    void logBogusStatus_isAUserErrorNamingTheValues() {
        Workspace.Result log = loa.run("log", "--status", "bogus");

        assertThat(log.exit()).isEqualTo(1);
        assertThat(log.err()).isEqualTo("loa: --status: giá trị 'bogus' không hợp lệ (chỉ dùng pending, sent, failed, dead, skipped)"
                + System.lineSeparator());
        assertThat(log.out()).isEmpty();
    }

    @Test
    void logBogusChannel_isAUserError() {
        Workspace.Result log = loa.run("log", "--channel", "sms");

        assertThat(log.exit()).isEqualTo(1);
        assertThat(log.err()).isEqualTo("loa: --channel: giá trị 'sms' không hợp lệ (chỉ dùng feed, email, chat)" + System.lineSeparator());
    }

    @Test
    void logZeroLimit_isAUserError() {
        Workspace.Result log = loa.run("log", "--limit", "0");

        assertThat(log.exit()).isEqualTo(1);
        assertThat(log.err()).isEqualTo("loa: --limit: phải từ 1 trở lên, không phải 0" + System.lineSeparator());
    }

    @Test
    void logStatusInCapitals_isAccepted() {
        assertThat(loa.run("log", "--status", "SENT", "--format", "csv").lines()).hasSize(1 + 3);
    }

    @Test
    void logBogusFormat_isAUserError() {
        Workspace.Result log = loa.run("log", "--format", "yaml");

        assertThat(log.exit()).isEqualTo(1);
        assertThat(log.err()).contains("yaml");
    }

    @Test
    void logSince_aPastDate_includesEverything_aFutureDate_nothing() {
        assertThat(loa.run("log", "--since", "2026-01-01", "--format", "csv").lines()).hasSize(1 + 3);
        assertThat(loa.run("log", "--since", "2020-01-01T08:00", "--format", "csv").lines()).hasSize(1 + 3);
        assertThat(loa.run("log", "--since", "P1D", "--format", "csv").lines()).hasSize(1 + 3);
        assertThat(loa.run("log", "--since", "2999-01-01T00:00:00Z", "--format", "csv").lines()).hasSize(1);
    }

    @Test
    void logSince_unreadable_isAUserError() {
        Workspace.Result log = loa.run("log", "--since", "hôm qua");

        assertThat(log.exit()).isEqualTo(1);
        assertThat(log.err()).isEqualTo("loa: --since: không hiểu 'hôm qua' là thời điểm nào (ví dụ 2026-11-22, PT1H)" + System.lineSeparator());
    }
}
