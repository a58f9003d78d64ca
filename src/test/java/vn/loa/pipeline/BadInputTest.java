package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of the foundation issue, dropped at once with good files: each bad one ends in
 * {@code rejected/} beside an error that names file, line and field; the good ones are published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    /** File name → (bytes, the start of the expected error line). */
    static final Map<String, Object[]> BAD = new LinkedHashMap<>();

    static void bad(String name, byte[] bytes, String expected) {
        BAD.put(name, new Object[] {bytes, expected});
    }

    static void bad(String name, String text, String expected) {
        bad(name, text.getBytes(StandardCharsets.UTF_8), expected);
    }

    static {
        bad("broken-yaml.md", "---\ntitle: \"Tin lỗi\nstatus: approved\n---\nNội dung.\n", "broken-yaml.md:2: front matter: YAML không hợp lệ: một giá trị mở dấu nháy nhưng không đóng lại\n");
        bad("no-front-matter.md", "Chỉ có nội dung, không có phần đầu.\n", "no-front-matter.md:1: front matter: thiếu phần khai báo; tệp phải bắt đầu bằng một dòng ---");
        bad("missing-title.md", "---\nstatus: approved\napproved_by: Trần Văn B\nunits: [bnv]\n---\nNội dung.\n",
                "missing-title.md:1: title: thiếu tiêu đề; hãy ghi tiêu đề bài");
        bad("missing-units.md", "---\ntitle: Tin không có đơn vị\nstatus: approved\napproved_by: Trần Văn B\n---\nNội dung.\n",
                "missing-units.md:1: units: thiếu đơn vị; hãy ghi mã đơn vị, ví dụ units: [bnv]");
        bad("unknown-unit.md", "---\ntitle: Tin sai đơn vị\nstatus: approved\napproved_by: Trần Văn B\nunits: [bo-khong-co]\n---\nNội dung.\n",
                "unknown-unit.md:5: units: đơn vị 'bo-khong-co' không có trong loa.yaml (hiện có: bnv, so-noi-vu-hn)\n");
        bad("draft.md", "---\ntitle: Bản nháp\nstatus: draft\nunits: [bnv]\n---\nNội dung.\n", "draft.md:3: status: trạng thái là 'draft': bài chưa được duyệt, không xuất bản");
        bad("no-approver.md", "---\ntitle: Chưa ai duyệt\nstatus: approved\nunits: [bnv]\n---\nNội dung.\n",
                "no-approver.md:1: approved_by: thiếu người duyệt; hãy ghi người đã duyệt bài");
        bad("bad-id.md", "---\ntitle: Id sai\nstatus: approved\napproved_by: Trần Văn B\nunits: [bnv]\nid: ../../etc/passwd\n---\nNội dung.\n",
                "bad-id.md:6: id: mã '../../etc/passwd' không hợp lệ");
        bad("latin1.md", "---\ntitle: Tin mã Latin-1 é\nstatus: approved\napproved_by: B\nunits: [bnv]\n---\nCafé.\n"
                .getBytes(Charset.forName("ISO-8859-1")), "latin1.md:0: file: không phải UTF-8, và có quá ít chữ có dấu để nhận ra bảng mã; có thể là TCVN3 (ABC)");
        bad("empty-body.md", "---\ntitle: Không có thân bài\nstatus: approved\napproved_by: Trần Văn B\nunits: [bnv]\n---\n\n",
                "empty-body.md:7: body: phần nội dung trống; hãy viết bài sau dòng --- kết thúc phần khai báo\n");
        bad("markup-only.md", "---\ntitle: Chỉ có thẻ\nstatus: approved\napproved_by: Trần Văn B\nunits: [bnv]\n---\n<div></div>\n<p> </p>\n",
                "markup-only.md:7: body: phần nội dung trống; hãy viết bài sau dòng --- kết thúc phần khai báo\n");
        byte[] huge = ("---\ntitle: Quá lớn\n---\n" + "a".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        bad("huge.md", huge, "huge.md:0: file: tệp quá lớn: "
                + NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(huge.length)
                + " byte, giới hạn là 2.097.152 byte (intake.max_bytes)\n");
    }

    @TempDir
    static Path tmp;

    LoaHarness loa;

    @BeforeAll
    void dropEverythingAtOnce() throws Exception {
        loa = new LoaHarness(tmp).start();
        for (var bad : BAD.entrySet()) {
            loa.drop(bad.getKey(), (byte[]) bad.getValue()[0]);
        }
        loa.drop("tin-tot-1.md", PipelineTest.approved("id: tin-tot-1\nunits: [bnv]", "Tin hợp lệ thứ nhất."));
        loa.drop("bnv/tin-tot-2.md", PipelineTest.approved("id: tin-tot-2", "Tin hợp lệ thứ hai."));
        await().atMost(Duration.ofSeconds(20)).until(() -> BAD.keySet().stream()
                .allMatch(name -> Files.exists(loa.content("rejected/" + name + ".error.txt"))));
        loa.awaitDelivered("tin-tot-1", "tin-tot-2");
    }

    @AfterAll
    void stop() throws Exception {
        loa.close();
    }

    static Iterable<String> badFiles() {
        return BAD.keySet();
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFile_isRejectedWithFileLineAndField(String name) throws Exception {
        String errors = Files.readString(loa.content("rejected/" + name + ".error.txt"));
        assertThat(errors).as(errors).startsWith((String) BAD.get(name)[1]);
        assertThat(errors.lines()).allMatch(line -> line.matches("\\Q" + name + "\\E:\\d+: [a-z_ ]+: .+"));
        assertThat(loa.content("rejected/" + name)).hasBinaryContent((byte[]) BAD.get(name)[0]);
        assertThat(loa.content("inbox/" + name)).doesNotExist();
    }

    @Test
    void goodFilesOfTheSameDrop_arePublished() throws Exception {
        String rss = Files.readString(loa.content("public/feeds/bnv/rss.xml"));
        assertThat(rss).contains("tin-tot-1", "tin-tot-2");
        for (String name : BAD.keySet()) {
            assertThat(rss).doesNotContain(name.replace(".md", ""));
        }
    }

    @Test
    void rejections_areNotDeliveries() {
        assertThat(loa.components().deliveries().queries().find(vn.loa.delivery.DeliveryFilter.all()))
                .allMatch(d -> d.contentId().startsWith("tin-tot-"));
    }
}
