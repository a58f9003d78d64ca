package vn.loa.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static vn.loa.content.Fixtures.check;
import static vn.loa.content.Fixtures.parse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static List<Problem> checkText(String text) {
        return Fixtures.parser().check(new ContentSource("tin.md", text.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void noFrontMatter_isRejectedAsMissingWithWhatToWrite() {
        assertThat(check("no-frontmatter.md")).containsExactly(new Problem(1, "front matter",
                "missing; a file must start with a line ---, then the fields title, status, approved_by and units,"
                        + " then a line ---, then the text"));
    }

    @Test
    void unterminatedFrontMatter_isRejected() {
        assertThat(check("unterminated-frontmatter.md")).containsExactly(new Problem(1, "front matter",
                "unterminated; the --- on line 1 has no closing --- line (is the file complete?)"));
    }

    @Test
    void unclosedQuote_isRejectedAtTheLineOfTheQuote() {
        assertThat(check("bad-yaml.md")).containsExactly(new Problem(3, "front matter",
                "invalid YAML: found unexpected end of stream while scanning a quoted scalar"));
    }

    @Test
    void tabIndentation_isRejectedAtTheTabLine() {
        assertThat(check("bad-yaml-tab.md")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("front matter");
            assertThat(p.message()).startsWith("invalid YAML: found character '\\t(TAB)'").doesNotContain("\n");
        });
    }

    @Test
    void yamlBomb_isRejectedAsAliasesQuickly() {
        List<Problem> problems = assertTimeout(Duration.ofSeconds(2), () -> check("yaml-bomb.md"));

        assertThat(problems).containsExactly(
                new Problem(4, "front matter", "anchors and aliases (& and *) are not allowed"));
    }

    @Test
    void javaTags_areRejectedBeforeAnythingIsConstructed() {
        assertThat(check("yaml-tags.md")).containsExactly(new Problem(4, "front matter",
                "YAML tags ('!!javax.script.ScriptEngineManager') are not allowed"));
    }

    @Test
    void mergeKey_isRejected() {
        assertThat(check("yaml-merge.md")).contains(new Problem(3, "<<", "merge keys are not allowed"));
    }

    @Test
    void deepNesting_isRejectedWithoutStackOverflow() {
        assertThat(check("yaml-deep.md")).containsExactly(
                new Problem(6, "front matter", "nested too deeply (more than 4 levels)"));
    }

    @Test
    void duplicateKey_isRejectedNamingTheKeyAndBothLines() {
        assertThat(check("dup-key.md")).containsExactly(new Problem(5, "title", "duplicate key (first on line 2)"));
    }

    @Test
    void typoKey_isRejectedWithDidYouMeanBesidesTheMissingTitle() {
        assertThat(check("typo-key.md")).containsExactly(
                new Problem(1, "title", "missing; write the headline, e.g. title: Cải cách hành chính năm 2025"),
                new Problem(2, "titel", "unknown key (did you mean 'title'?)"));
    }

    @Test
    void unknownKeyFarFromAnyKnown_listsTheKnownKeys() {
        List<Problem> problems = checkText("---\ntitle: Tin\nstatus: approved\napproved_by: A\nunits: bnv\n"
                + "mau_sac: do\n---\nNội dung.\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith("unknown key (known keys: title, status, approved_by, units, id,");
        });
    }

    @Test
    void oversizedFrontMatter_isRejectedWithItsSize() {
        String padding = "# chú thích rất dài\n".repeat(4000);
        int size = ("title: Tin\n" + padding).getBytes(StandardCharsets.UTF_8).length;

        assertThat(checkText("---\ntitle: Tin\n" + padding + "---\nNội dung.\n")).containsExactly(
                new Problem(1, "front matter", "too large (" + size + " bytes; the limit is 65536)"));
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
                "expected lines of key: value (such as title: …), found something else"));
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
