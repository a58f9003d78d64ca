package vn.loa.content;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.content.Fixtures.check;
import static vn.loa.content.Fixtures.parse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static final String UNITS_HINT =
            "hãy ghi mã đơn vị, ví dụ units: [bnv], hoặc đặt tệp vào thư mục của đơn vị trong inbox";
    private static final String ID_RULE = " không hợp lệ; hãy dùng từ 1 đến 100 ký tự gồm chữ thường không dấu (a-z),"
            + " chữ số và dấu gạch ngang '-', bắt đầu bằng chữ hoặc số (ví dụ cai-cach-2025)";

    private static ContentSource text(String name, String text) {
        return new ContentSource(name, text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static String approved(String extraLines) {
        return "---\ntitle: Tin\nstatus: approved\napproved_by: An\nunits: bnv\n" + extraLines + "---\nNội dung.\n";
    }

    @Test
    void validMarkdown_carriesEveryField() {
        Article article = parse("valid-markdown-with-table.md");

        assertThat(article.id()).isEqualTo("valid-markdown-with-table");
        assertThat(article.title()).isEqualTo("Kết quả Chỉ số cải cách hành chính năm 2024");
        assertThat(article.status()).isEqualTo(ContentStatus.APPROVED);
        assertThat(article.type()).isEqualTo(ContentType.ARTICLE);
        assertThat(article.approvedBy()).isEqualTo("Nguyễn Văn An");
        assertThat(article.units()).containsExactly("bnv");
        assertThat(article.author()).isEqualTo("Phòng Truyền thông");
        assertThat(article.tags()).containsExactly("cải cách hành chính", "PAR Index");
        assertThat(article.image()).isEqualTo("https://bnv.example.gov.vn/anh/par-index.jpg");
        assertThat(article.date()).as("midnight in Asia/Ho_Chi_Minh").isEqualTo(Instant.parse("2025-02-28T17:00:00Z"));
        assertThat(article.publishAt()).isEqualTo(Instant.parse("2025-03-02T01:00:00Z"));
        assertThat(article.summary()).isEqualTo("Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2024 của các bộ và tỉnh.");
        assertThat(article.lists()).isNull();
        assertThat(article.chats()).isNull();
        assertThat(article.channels()).containsExactlyInAnyOrder(Channel.FEED, Channel.EMAIL, Channel.CHAT);
        assertThat(article.resend()).isFalse();
        assertThat(article.bulletin()).isNull();
        assertThat(article.sourceName()).isEqualTo("valid-markdown-with-table.md");
    }

    @Test
    void overrides_replaceTheUnitsDefaults() {
        Article article = parse("overrides.md");

        assertThat(article.units()).containsExactly("so-noi-vu-hn");
        assertThat(article.lists()).containsExactly("lanh-dao");
        assertThat(article.chats()).as("explicitly none").isEmpty();
        assertThat(article.channels()).isEqualTo(Set.of(Channel.EMAIL, Channel.CHAT));
        assertThat(article.date()).isEqualTo(Instant.parse("2025-05-20T02:30:00Z"));
        assertThat(article.publishAt()).as("space-separated, site time zone").isEqualTo(Instant.parse("2025-05-21T00:00:00Z"));
        assertThat(article.summary()).isEqualTo("Tóm tắt do biên tập viên viết.");
    }

    @Test
    void missingTitle_isRejectedAtTheOpeningLine() {
        assertThat(check("missing-title.md")).containsExactly(
                new Problem(1, "title", "thiếu tiêu đề; hãy ghi tiêu đề bài, ví dụ title: Cải cách hành chính năm 2025"));
    }

    @Test
    void listTitle_isATypeError() {
        assertThat(check("title-list.md")).containsExactly(
                new Problem(2, "title", "cần một giá trị, nhưng đây là một danh sách"));
    }

    @Test
    void titleOf301Characters_isTooLong_300IsFine() {
        String ok = "ă".repeat(300);
        String tooLong = ok + "b";

        assertThat(Fixtures.parser().check(text("a.md", "---\ntitle: " + ok + "\nstatus: approved\napproved_by: An\n"
                + "units: bnv\n---\nx\n"))).isEmpty();
        assertThat(Fixtures.parser().check(text("a.md", "---\ntitle: " + tooLong + "\nstatus: approved\napproved_by: An\n"
                + "units: bnv\n---\nx\n"))).containsExactly(
                new Problem(2, "title", "tiêu đề quá dài (301 ký tự; tối đa 300 ký tự)"));
    }

    @Test
    void missingUnits_isRejected() {
        assertThat(check("missing-units.md")).containsExactly(new Problem(1, "units", "thiếu đơn vị; " + UNITS_HINT));
    }

    @Test
    void unknownUnit_isRejectedWithLineAndKnownUnits() {
        assertThat(check("unknown-unit.md")).containsExactly(
                new Problem(5, "units", "đơn vị 'phong-khong-ton-tai' không có trong loa.yaml (hiện có: bnv, so-noi-vu-hn)"));
    }

    @Test
    void unknownUnitTypo_suggestsTheClosestUnit() {
        assertThat(check("unknown-unit-typo.md")).containsExactly(new Problem(5, "units",
                "đơn vị 'so-noi-vu-hnn' không có trong loa.yaml; có phải 'so-noi-vu-hn'? (hiện có: bnv, so-noi-vu-hn)"));
    }

    @Test
    void inboxSubfolder_impliesTheUnit() {
        Article article = Fixtures.parser().parse(Fixtures.load("implied-unit.md", "bnv/implied-unit.md", "bnv"));

        assertThat(article.units()).containsExactly("bnv");
        assertThat(article.sourceName()).isEqualTo("bnv/implied-unit.md");
    }

    @Test
    void impliedAndGivenUnits_areUnitedImpliedFirst() {
        Article article = Fixtures.parser().parse(
                Fixtures.load("implied-and-given-units.md", "bnv/implied-and-given-units.md", "bnv"));

        assertThat(article.units()).containsExactly("bnv", "so-noi-vu-hn");
    }

    @Test
    void unknownImpliedUnit_isRejected() {
        assertThat(Fixtures.parser().check(Fixtures.load("implied-unit.md", "xyz/implied-unit.md", "xyz")))
                .containsExactly(new Problem(1, "units",
                        "đơn vị 'xyz' (theo tên thư mục trong inbox) không có trong loa.yaml (hiện có: bnv, so-noi-vu-hn)"));
    }

    @Test
    void draft_isRejectedAsNotApproved() {
        assertThat(check("draft.md")).containsExactly(
                new Problem(3, "status", "trạng thái là 'draft': bài chưa được duyệt, không xuất bản; khi bài đã được duyệt, hãy ghi status: approved"));
    }

    @Test
    void review_isRejectedAsNotApproved() {
        assertThat(Fixtures.parser().check(text("a.md", "---\ntitle: Tin\nstatus: review\nunits: bnv\n---\nx\n")))
                .containsExactly(new Problem(3, "status", "trạng thái là 'review': bài chưa được duyệt, không xuất bản;"
                        + " khi bài đã được duyệt, hãy ghi status: approved"));
    }

    @Test
    void unknownStatus_isRejectedWithTheAllowedValues() {
        assertThat(check("bad-status.md")).containsExactly(new Problem(3, "status",
                "giá trị 'publised' không hợp lệ; chỉ dùng approved hoặc withdrawn"
                + " (bài ở trạng thái draft hoặc review không được xuất bản)"));
    }

    @Test
    void approvedWithoutApprovedBy_isRejected() {
        assertThat(check("approved-without-approved-by.md")).containsExactly(new Problem(1, "approved_by",
                "thiếu người duyệt; hãy ghi người đã duyệt bài, ví dụ approved_by: Nguyễn Văn A"));
    }

    @Test
    void pathTraversalId_isRejected() {
        assertThat(check("bad-id.md")).containsExactly(new Problem(3, "id", "mã '../../etc/passwd'" + ID_RULE));
    }

    @Test
    void vietnameseId_isRejectedAsNotAscii() {
        assertThat(Fixtures.parser().check(text("a.md", approved("id: tin-tức\n"))))
                .containsExactly(new Problem(6, "id", "mã 'tin-tức'" + ID_RULE));
    }

    @Test
    void missingId_isFoldedFromTheFileName() {
        assertThat(Fixtures.parser().parse(Fixtures.load("no-id.md", "Cải cách hành chính.md", null)).id())
                .isEqualTo("cai-cach-hanh-chinh");
        assertThat(Fixtures.parser().parse(Fixtures.load("no-id.md", "bnv/Đổi mới.md", "bnv")).id())
                .isEqualTo("doi-moi");
    }

    @Test
    void fileNameWithoutAnyAscii_needsAnId() {
        assertThat(Fixtures.parser().check(Fixtures.load("no-id.md", "国务院.md", null))).containsExactly(
                new Problem(1, "id", "không tạo được mã bài từ tên tệp '国务院.md'; hãy thêm một dòng như id: tin-cai-cach"));
    }

    @Test
    void impossibleDateAndWordDate_areBothRejected() {
        String forms = " không hợp lệ; hãy viết theo dạng 2025-03-01, 2025-03-01T08:00 hoặc 2025-03-01T08:00:00+07:00";
        assertThat(check("invalid-date.md")).containsExactly(
                new Problem(6, "date", "ngày '2025-02-30'" + forms),
                new Problem(7, "publish_at", "ngày 'ngày mai'" + forms));
    }

    @Test
    void embargoYearsAhead_isRejectedAsATypo() {
        assertThat(check("far-future-date.md")).containsExactly(
                new Problem(6, "publish_at", "ngày '2099-01-01' cách hiện tại hơn một năm; hãy kiểm tra lại năm"));
    }

    @Test
    void bulletinNote_namesAConfiguredBulletin() {
        Article article = parse("bulletin-note.md");

        assertThat(article.type()).isEqualTo(ContentType.BULLETIN);
        assertThat(article.bulletin()).isEqualTo("cchc");
        assertThat(article.channels()).containsExactly(Channel.FEED);
    }

    @Test
    void bulletinNoteWithoutBulletin_isRejected() {
        assertThat(check("bulletin-without-id.md")).containsExactly(new Problem(1, "bulletin",
                "thiếu mã bản tin; bài có type: bulletin cần ghi mã bản tin, ví dụ bulletin: cchc"));
    }

    @Test
    void unknownBulletin_andBulletinOnAnArticle_areRejected() {
        assertThat(Fixtures.parser().check(text("a.md", approved("type: bulletin\nbulletin: cchcc\n"))))
                .containsExactly(new Problem(7, "bulletin", "bản tin 'cchcc' không có trong loa.yaml; có phải 'cchc'? (hiện có: cchc)"));
        assertThat(Fixtures.parser().check(text("a.md", approved("bulletin: cchc\n"))))
                .containsExactly(new Problem(6, "bulletin", "chỉ dùng cùng với type: bulletin; hãy thêm type: bulletin hoặc xóa dòng này"));
    }

    @Test
    void withdrawnWithoutApprovedBy_isRejected() {
        assertThat(check("withdrawn-without-approved-by.md")).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("approved_by"))
                .satisfies(p -> assertThat(p.line()).isEqualTo(1));
    }

    @Test
    void withdrawn_needsOnlyTitleIdAndApprovedBy() {
        Article article = parse("withdrawn.md");

        assertThat(article.status()).isEqualTo(ContentStatus.WITHDRAWN);
        assertThat(article.id()).isEqualTo("ket-qua-par-index-2024");
        assertThat(article.units()).isEmpty();
        assertThat(article.bodyHtml()).isEmpty();
    }

    @Test
    void manyProblems_areAllReportedInLineOrder() {
        assertThat(check("many-problems.md")).containsExactly(
                new Problem(6, "lists", "danh sách nhận thư 'khong-co' không có trong loa.yaml (hiện có: lanh-dao)"),
                new Problem(7, "chats", "kênh chat 'cchc-zalo' không có trong loa.yaml (hiện có: cchc-slack)"),
                new Problem(8, "channels", "kênh 'fax' không hợp lệ; chỉ dùng feed, email, chat"),
                new Problem(9, "image", "không phải địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://: 'ftp://bnv.example.gov.vn/a.jpg'"),
                new Problem(10, "resend", "chỉ nhận true hoặc false, không nhận 'yes'"),
                new Problem(11, "type", "giá trị 'newsletter' không hợp lệ; chỉ dùng article hoặc bulletin"));
    }

    @Test
    void emptyChannels_isRejected() {
        assertThat(Fixtures.parser().check(text("a.md", approved("channels: []\n")))).containsExactly(
                new Problem(6, "channels", "đang để trống; hãy bỏ hẳn dòng này để gửi qua cả feed, email và chat"));
    }

    @Test
    void relativeImage_isRejected() {
        assertThat(Fixtures.parser().check(text("a.md", approved("image: /anh/a.jpg\n")))).containsExactly(
                new Problem(6, "image", "không phải địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://: '/anh/a.jpg'"));
    }

    @Test
    void singleStringLists_areSplitAtCommas() {
        Article article = Fixtures.parser().parse(text("a.md",
                "---\ntitle: Tin\nstatus: approved\napproved_by: An\nunits: bnv, so-noi-vu-hn\ntags: cải cách\n---\nx\n"));

        assertThat(article.units()).containsExactly("bnv", "so-noi-vu-hn");
        assertThat(article.tags()).containsExactly("cải cách");
    }

    @Test
    void problems_formatAsFileLineFieldMessage() {
        ContentRejectedException e = org.junit.jupiter.api.Assertions.assertThrows(ContentRejectedException.class,
                () -> parse("unknown-unit.md"));

        assertThat(e.getMessage()).isEqualTo(
                "unknown-unit.md:5: units: đơn vị 'phong-khong-ton-tai' không có trong loa.yaml (hiện có: bnv, so-noi-vu-hn)");
        assertThat(e.problems()).isEqualTo(check("unknown-unit.md"));
    }

    @Test
    void valuesInMessages_areQuotedOnOneLine() {
        List<Problem> problems = Fixtures.parser().check(text("a.md", approved("lists: \"x\\ny\"\n")));

        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("danh sách nhận thư 'x y'").doesNotContain("\n"));
    }
}
