package vn.loa.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static vn.loa.content.Fixtures.check;
import static vn.loa.content.Fixtures.parse;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    /** Numbers as Vietnamese writes them: 65.536. */
    private static final NumberFormat VIETNAMESE_NUMBER = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));

    private static List<Problem> checkText(String text) {
        return Fixtures.parser().check(new ContentSource("tin.md", text.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void noFrontMatter_isRejectedAsMissingWithWhatToWrite() {
        assertThat(check("no-frontmatter.md")).containsExactly(new Problem(1, "front matter",
                "thiếu phần khai báo; tệp phải bắt đầu bằng một dòng ---, sau đó là các trường title, status,"
                        + " approved_by và units, rồi một dòng ---, tiếp theo là nội dung bài"));
    }

    @Test
    void unterminatedFrontMatter_isRejected() {
        assertThat(check("unterminated-frontmatter.md")).containsExactly(new Problem(1, "front matter",
                "phần khai báo chưa được đóng: dòng --- ở dòng 1 không có dòng --- kết thúc (tệp có bị thiếu phần cuối không?)"));
    }

    @Test
    void unclosedQuote_isRejectedAtTheLineOfTheQuote() {
        assertThat(check("bad-yaml.md")).containsExactly(new Problem(3, "front matter",
                "YAML không hợp lệ: một giá trị mở dấu nháy nhưng không đóng lại"));
    }

    @Test
    void tabIndentation_isRejectedAtTheTabLine() {
        assertThat(check("bad-yaml-tab.md")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("front matter");
            assertThat(p.message()).isEqualTo("YAML không hợp lệ: có ký tự Tab; YAML không cho thụt lề bằng Tab, hãy dùng dấu cách");
        });
    }

    @Test
    void yamlBomb_isRejectedAsAliasesQuickly() {
        List<Problem> problems = assertTimeout(Duration.ofSeconds(2), () -> check("yaml-bomb.md"));

        assertThat(problems).containsExactly(
                new Problem(4, "front matter", "không được dùng ký hiệu & và * của YAML (anchor và alias)"));
    }

    @Test
    void javaTags_areRejectedBeforeAnythingIsConstructed() {
        assertThat(check("yaml-tags.md")).containsExactly(new Problem(4, "front matter",
                "không được dùng thẻ YAML ('!!javax.script.ScriptEngineManager')"));
    }

    @Test
    void mergeKey_isRejected() {
        assertThat(check("yaml-merge.md")).contains(new Problem(3, "<<", "không được dùng khóa gộp << của YAML"));
    }

    @Test
    void deepNesting_isRejectedWithoutStackOverflow() {
        assertThat(check("yaml-deep.md")).containsExactly(
                new Problem(6, "front matter", "lồng nhau quá sâu (quá 4 cấp)"));
    }

    @Test
    void duplicateKey_isRejectedNamingTheKeyAndBothLines() {
        assertThat(check("dup-key.md")).containsExactly(new Problem(5, "title", "trường bị lặp lại (đã có ở dòng 2)"));
    }

    @Test
    void typoKey_isRejectedWithDidYouMeanBesidesTheMissingTitle() {
        assertThat(check("typo-key.md")).containsExactly(
                new Problem(1, "title", "thiếu tiêu đề; hãy ghi tiêu đề bài, ví dụ title: Cải cách hành chính năm 2025"),
                new Problem(2, "titel", "trường không xác định; có phải 'title'?"));
    }

    @Test
    void unknownKeyFarFromAnyKnown_listsTheKnownKeys() {
        List<Problem> problems = checkText("---\ntitle: Tin\nstatus: approved\napproved_by: A\nunits: bnv\n"
                + "mau_sac: do\n---\nNội dung.\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith("trường không xác định (các trường hợp lệ: title, status, approved_by, units, id,");
        });
    }

    @Test
    void oversizedFrontMatter_isRejectedWithItsSize() {
        String padding = "# chú thích rất dài\n".repeat(4000);
        int size = ("title: Tin\n" + padding).getBytes(StandardCharsets.UTF_8).length;

        assertThat(checkText("---\ntitle: Tin\n" + padding + "---\nNội dung.\n")).containsExactly(
                new Problem(1, "front matter", "phần khai báo quá lớn (" + VIETNAMESE_NUMBER.format(size)
                        + " byte; giới hạn là 65.536 byte)"));
    }

    @Test
    void emptyFrontMatter_reportsEveryRequiredField() {
        assertThat(checkText("---\n---\nNội dung.\n")).extracting(Problem::line, Problem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "title"),
                org.assertj.core.groups.Tuple.tuple(1, "status"),
                org.assertj.core.groups.Tuple.tuple(1, "units"));
    }

    @Test
    void listAsFrontMatter_isRejected() {
        assertThat(checkText("---\n- title\n- status\n---\nNội dung.\n")).containsExactly(new Problem(2, "front matter",
                "cần các dòng dạng tên: giá trị (như title: …), nhưng nội dung không phải như vậy"));
    }

    @Test
    void numberTitle_isReadAsTextWithoutImplicitTyping() {
        Article article = parse("title-typed.md");

        assertThat(article.title()).isEqualTo("2024");
        assertThat(article.resend()).isTrue();
    }

    @Test
    void yesNoAndNull_areReadAsText() {
        Article article = Fixtures.parser().parse(new ContentSource("tin.md",
                "---\ntitle: yes\nstatus: approved\napproved_by: null\nunits: bnv\nauthor: ~\n---\nNội dung.\n"
                        .getBytes(StandardCharsets.UTF_8), null));

        assertThat(article.title()).isEqualTo("yes");
        assertThat(article.approvedBy()).isEqualTo("null");
        assertThat(article.author()).isEqualTo("~");
    }

    @Test
    void closingDelimiterWithTrailingSpaces_isAccepted() {
        assertThat(checkText("---  \ntitle: Tin\nstatus: approved\napproved_by: A\nunits: bnv\n--- \nNội dung.\n"))
                .isEmpty();
    }
}
