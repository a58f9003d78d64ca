package vn.loa.content;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.content.Fixtures.check;
import static vn.loa.content.Fixtures.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderSafetyTest {

    private static final String ONE_LINE = "; hãy viết trên một dòng, không dùng ký tự đặc biệt";

    private static List<Problem> checkText(String text) {
        return Fixtures.parser().check(new ContentSource("tin.md", text.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void titleWithEscapedCrlf_isRejectedAsLineBreak() {
        assertThat(check("title-crlf.md")).containsExactly(
                new Problem(2, "title", "có dấu xuống dòng (U+000D)" + ONE_LINE));
    }

    @Test
    void titleWithRawVerticalTab_isRejectedAsLineBreak() {
        assertThat(check("title-vertical-tab.md")).containsExactly(
                new Problem(2, "title", "có dấu xuống dòng (U+000B)" + ONE_LINE));
    }

    @Test
    void titleWithNextLine_isRejectedAsLineBreak() {
        assertThat(check("title-next-line.md")).containsExactly(
                new Problem(2, "title", "có dấu xuống dòng (U+0085)" + ONE_LINE));
    }

    @Test
    void authorWithLineSeparator_isRejected() {
        assertThat(check("author-line-separator.md")).containsExactly(
                new Problem(6, "author", "có dấu xuống dòng (U+2028)" + ONE_LINE));
    }

    @Test
    void bidiOverrideInTitle_isRejected() {
        assertThat(check("bidi.md")).containsExactly(
                new Problem(2, "title", "có ký tự điều khiển hướng chữ (U+202E)" + ONE_LINE));
    }

    @Test
    void escapedParagraphSeparatorInApprovedBy_andIsolateInSummary_areBothRejected() {
        List<Problem> problems = checkText("---\ntitle: Tin\nstatus: approved\napproved_by: \"An\\u2029Bcc: x\"\n"
                + "units: bnv\nsummary: \"Tóm \\u2066tắt\"\n---\nNội dung.\n");

        assertThat(problems).containsExactly(
                new Problem(4, "approved_by", "có dấu xuống dòng (U+2029)" + ONE_LINE),
                new Problem(6, "summary", "có ký tự điều khiển hướng chữ (U+2066)" + ONE_LINE));
    }

    @Test
    void entityEncodedNewlineInTitle_isRejected() {
        assertThat(checkText("---\ntitle: \"Tin&#10;Bcc: x\"\nstatus: approved\napproved_by: A\nunits: bnv\n---\nNội dung.\n"))
                .containsExactly(new Problem(2, "title", "có dấu xuống dòng (U+000A)" + ONE_LINE));
    }

    @Test
    void xmlForbiddenCharacters_areStrippedFromTitleAndBody() {
        Article article = parse("xml-ctrl.md");

        assertThat(article.title()).isEqualTo("Tin mới");
        assertThat(article.bodyHtml()).isEqualTo("<p>Nội dung có ký tự lạ.</p>");
        assertThat(article.summary()).isEqualTo("Nội dung có ký tự lạ.");
    }

    @Test
    void escapedControlsAndLoneSurrogates_areStripped() {
        Article article = Fixtures.parser().parse(new ContentSource("tin.md",
                "---\ntitle: \"Tin\\x01 mới\\uD800\"\nstatus: approved\napproved_by: A\nunits: bnv\ntags: \"a\\x02b\"\n---\nNội dung.\n"
                        .getBytes(StandardCharsets.UTF_8), null));

        assertThat(article.title()).isEqualTo("Tin mới");
        assertThat(article.tags()).containsExactly("ab");
    }

    @Test
    void htmlEntitiesInTitle_areDecodedToCharacters() {
        assertThat(parse("html-entities.md").title()).isEqualTo("Hỏi & đáp\u00A0về thủ tục …");
    }

    @Test
    void blankTitleOfSpacesAndZeroWidthCharacters_isRejectedAsEmpty() {
        assertThat(check("blank-title.md")).containsExactly(
                new Problem(2, "title", "tiêu đề đang để trống; hãy ghi tiêu đề bài, ví dụ title: Cải cách hành chính năm 2025"));
    }

    @Test
    void titleWithEmojiAndZwj_isAcceptedAsWritten() {
        String title = "🇻🇳 Thông báo 👨\u200D👩\u200D👧";
        Article article = Fixtures.parser().parse(new ContentSource("tin.md",
                ("---\ntitle: " + title + "\nstatus: approved\napproved_by: A\nunits: bnv\n---\nNội dung.\n")
                        .getBytes(StandardCharsets.UTF_8), null));

        assertThat(article.title()).isEqualTo(title);
    }

    @Test
    void foldedTitleOverTwoLines_isAcceptedAsOneLine() {
        Article article = Fixtures.parser().parse(new ContentSource("tin.md",
                "---\ntitle: >\n  Tin mới\n  về cải cách\nstatus: approved\napproved_by: A\nunits: bnv\n---\nNội dung.\n"
                        .getBytes(StandardCharsets.UTF_8), null));

        assertThat(article.title()).isEqualTo("Tin mới về cải cách");
    }

    @Test
    void literalTitleKeepingItsLineBreak_isRejected() {
        assertThat(checkText("---\ntitle: |\n  Tin mới\n  Bcc: x@evil.test\nstatus: approved\napproved_by: A\nunits: bnv\n"
                + "---\nNội dung.\n")).containsExactly(new Problem(2, "title", "có dấu xuống dòng (U+000A)" + ONE_LINE));
    }

    @Test
    void defaultSummary_dropsLineSeparatorsAndDirectionControlsOfTheBody() {
        Article article = Fixtures.parser().parse(new ContentSource("tin.md",
                "---\ntitle: Tin\nstatus: approved\napproved_by: A\nunits: bnv\n---\nMột\u2028hai \u202Eba\u0085bốn\n"
                        .getBytes(StandardCharsets.UTF_8), null));

        assertThat(article.summary()).isEqualTo("Một hai ba bốn");
    }
}
