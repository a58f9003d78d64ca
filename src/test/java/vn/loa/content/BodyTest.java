package vn.loa.content;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.content.Fixtures.check;
import static vn.loa.content.Fixtures.parse;

import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyTest {

    private static final String EMPTY = "phần nội dung trống; hãy viết bài sau dòng --- kết thúc phần khai báo";

    private static void assertHarmless(String html) {
        assertThat(html.toLowerCase())
                .doesNotContain("<script", "javascript:", "onerror", "onclick", "onload", "<iframe", "<style",
                        "style=", "<form", "<input", "<meta", "<base", "<object", "<embed", "<svg", "<math", "data:");
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on");
            }
        }
    }

    @Test
    void markdownTable_rendersAsHtmlTable() {
        String html = parse("valid-markdown-with-table.md").bodyHtml();

        assertThat(html).startsWith("<p>Bộ Nội vụ công bố <strong>Chỉ số cải cách hành chính</strong>")
                .contains("<th align=\"center\">2023</th>", "<td align=\"right\">86,0</td>",
                        "<h2>Những điểm mới</h2>",
                        "<li>Xem <a href=\"https://bnv.example.gov.vn/bao-cao.pdf\">báo cáo đầy đủ</a></li>");
    }

    @Test
    void htmlDocument_keepsOnlyTheSanitizedBody() {
        String html = parse("valid-html-document.html").bodyHtml();

        assertThat(html).isEqualTo("<h2>Lịch tiếp công dân</h2>\n"
                + "  <p>Sở Nội vụ Hà Nội thông báo lịch tiếp công dân định kỳ tháng 4.</p>\n"
                + "  <figure><img src=\"https://snv.example.gov.vn/lich.png\" alt=\"Lịch\">"
                + "<figcaption>Lịch tiếp</figcaption></figure>");
        assertHarmless(html);
    }

    @Test
    void scriptHandlersJavascriptUrlsFramesAndStyles_areRemoved() {
        String html = parse("script.md").bodyHtml();

        assertHarmless(html);
        assertThat(html).contains("<img src=\"https://bnv.example.gov.vn/a.png\" alt=\"ảnh\">",
                "<a href=\"https://bnv.example.gov.vn/\">trang chủ</a>",
                "<p>một hai</p>", "ba bốn", "năm sáu", "<div>khối có style</div>");
        assertThat(html).doesNotContain("target=", "alert");
    }

    @Test
    void svgMathAndNoscriptTricks_areRemovedAndCleaningIsStable() {
        String html = parse("svg-math.html").bodyHtml();

        assertHarmless(html);
        assertThat(html).contains("<p>Văn bản.</p>", "<td>ô</td><td>ô hai</td>");
        assertThat(new HtmlSanitizer().sanitize(html)).isEqualTo(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid-markdown-with-table.md", "valid-html-document.html", "script.md", "svg-math.html",
            "long-first-paragraph.md"})
    void sanitizedBody_isStableWhenCleanedAgain(String fixture) {
        String html = parse(fixture).bodyHtml();

        assertThat(new HtmlSanitizer().sanitize(html)).isEqualTo(html);
    }

    @Test
    void emptyBody_isRejectedAtTheLineWhereTheBodyStarts() {
        assertThat(check("empty-body.md")).containsExactly(new Problem(7, "body", EMPTY));
    }

    @Test
    void markupOnlyBody_isRejectedAsEmpty() {
        assertThat(check("markup-only-body.md")).containsExactly(new Problem(7, "body", EMPTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deep-quote.md", "deep-list.md", "deep-emphasis.md", "deep-html.html"})
    void deeplyNestedBody_isRejectedQuicklyWithoutStackOverflow(String fixture) {
        List<Problem> problems = assertTimeout(Duration.ofSeconds(5), () -> check(fixture));

        assertThat(problems).containsExactly(new Problem(7, "body",
                "lồng nhau quá sâu (quá 100 cấp danh sách, trích dẫn hoặc thẻ)"));
    }

    @Test
    void ordinaryNesting_isAccepted() {
        Article article = Fixtures.parser().parse(new ContentSource("long.md",
                ("---\ntitle: Lồng nhau\nstatus: approved\napproved_by: An\nunits: bnv\n---\n"
                        + "> - mục\n>   1. con\n>      > trích **đậm *nghiêng*** [liên kết](https://a.example/)\n")
                        .getBytes(StandardCharsets.UTF_8), null));

        assertThat(article.bodyHtml()).contains("<blockquote>", "<ol>", "<strong>đậm <em>nghiêng</em></strong>");
    }

    @Test
    void imageOnlyBody_isAccepted() {
        Article article = Fixtures.parser().parse(new ContentSource("anh.md",
                "---\ntitle: Ảnh\nstatus: approved\napproved_by: An\nunits: bnv\n---\n![](https://bnv.example.gov.vn/a.png)\n"
                        .getBytes(StandardCharsets.UTF_8), null));

        assertThat(article.bodyHtml()).isEqualTo("<p><img src=\"https://bnv.example.gov.vn/a.png\" alt=\"\"></p>");
    }

    @Test
    void unsupportedExtension_isRejectedAlongsideOtherProblems() {
        ContentSource txt = Fixtures.load("missing-title.md", "tin.txt", null);

        assertThat(Fixtures.parser().check(txt)).containsExactly(
                new Problem(0, "file", "loại tệp '.txt' không được hỗ trợ; hãy dùng .md, .markdown, .html hoặc .htm"),
                new Problem(1, "title", "thiếu tiêu đề; hãy ghi tiêu đề bài, ví dụ title: Cải cách hành chính năm 2025"));
    }

    @Test
    void markdownExtension_isCaseInsensitive() {
        assertThat(Fixtures.parser().check(Fixtures.load("no-id.md", "Tin.MARKDOWN", null))).isEmpty();
    }

    @Test
    void summary_isTheFirstParagraphCutAtAWord() {
        String summary = parse("long-first-paragraph.md").summary();
        String paragraph = Jsoup.parseBodyFragment(parse("long-first-paragraph.md").bodyHtml()).selectFirst("p").text();
        String kept = summary.substring(0, summary.length() - 1);

        assertThat(summary).hasSizeLessThanOrEqualTo(300).endsWith("cải cách chế độ công vụ, cải…");
        assertThat(paragraph).startsWith(kept);
        assertThat(paragraph.charAt(kept.length())).isEqualTo(' ');
    }

    @Test
    void cut_endsAtTheLastWholeWordWithinTheLimit() {
        assertThat(Summary.cut("một hai ba", 10)).isEqualTo("một hai ba");
        assertThat(Summary.cut("một hai ba", 9)).isEqualTo("một hai…");
        assertThat(Summary.cut("một, hai ba", 8)).as("no comma before the ellipsis").isEqualTo("một…");
        assertThat(Summary.cut("mộthaiba", 5)).isEqualTo("mộth…");
    }
}
