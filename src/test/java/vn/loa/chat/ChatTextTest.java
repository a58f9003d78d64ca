package vn.loa.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Cutting on a word with "…" without breaking a character, and each platform's escaping. */
class ChatTextTest {

    @Test
    void shortText_isKept() {
        assertThat(ChatText.cut("Cải cách hành chính", 19)).isEqualTo("Cải cách hành chính");
    }

    @Test
    void longVietnameseText_isCutOnAWordWithEllipsis() {
        assertThat(ChatText.cut("Cải cách thủ tục hành chính năm 2026", 20)).isEqualTo("Cải cách thủ tục…");
    }

    @Test
    void cutBeforePunctuation_dropsThePunctuation() {
        assertThat(ChatText.cut("Chuyển đổi số, dữ liệu dân cư", 16)).isEqualTo("Chuyển đổi số…");
    }

    @Test
    void oneLongWord_isCutOnAGrapheme() {
        assertThat(ChatText.cut("Nghiêngnghiêngnghiêng", 8)).isEqualTo("Nghiêng…");
    }

    @Test
    void decomposedDiacritics_stayWithTheirLetter() {
        String nfd = Normalizer.normalize("ĐườngĐườngĐường", Normalizer.Form.NFD);
        String cut = ChatText.cut(nfd, 6);

        assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(6);
        String head = cut.substring(0, cut.length() - 1);
        assertThat(Normalizer.normalize(head, Normalizer.Form.NFC)).isEqualTo("Đư");
        assertThat(nfd.startsWith(head)).isTrue();
        assertThat(Character.getType(nfd.charAt(head.length()))).isNotEqualTo((int) Character.NON_SPACING_MARK);
    }

    @Test
    void emojiZwjSequence_isNeverSplit() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String text = family + family + family;
        for (int max = 2; max < text.length(); max++) {
            String cut = ChatText.cut(text, max);
            String head = cut.substring(0, cut.length() - 1);
            assertThat(head.length() % family.length()).as("cut at %d: %s", max, cut).isZero();
            assertThat(cut.length()).isLessThanOrEqualTo(max);
        }
    }

    @Test
    void flagsAndSkinTones_areNeverSplit() {
        String flag = "\uD83C\uDDFB\uD83C\uDDF3";
        String thumb = "\uD83D\uDC4D\uD83C\uDFFD";
        String text = flag + thumb + flag + thumb;
        for (int max = 2; max < text.length(); max++) {
            String head = ChatText.cut(text, max).replace("…", "");
            assertThat(head.replace(flag, "").replace(thumb, "")).as("cut at %d", max).isEmpty();
        }
    }

    @Test
    void surrogatePair_isNeverSplit() {
        String text = "a" + "\uD83D\uDE00".repeat(5);
        for (int max = 2; max < text.length(); max++) {
            String cut = ChatText.cut(text, max);
            assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).as("cut at %d", max).isFalse();
        }
    }

    @Test
    void slackEscaping_coversAmpersandAndAngleBrackets() {
        assertThat(ChatText.slack("A & B <b> C > D")).isEqualTo("A &amp; B &lt;b&gt; C &gt; D");
    }

    @Test
    void htmlEscaping_alsoCoversQuotes() {
        assertThat(ChatText.html("<a href=\"x\">&</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void markdownEscaping_neutralisesEmphasisLinksAndListMarkers() {
        assertThat(ChatText.markdown("*đậm* _nghiêng_ [link](x) `mã` ~gạch~ <@123> # h | ||spoiler||"))
                .isEqualTo("\\*đậm\\* \\_nghiêng\\_ \\[link\\]\\(x\\) \\`mã\\` \\~gạch\\~ \\<@123\\> \\# h \\| \\|\\|spoiler\\|\\|");
        assertThat(ChatText.markdown("- mục\n1. một\n+ cộng 2-3")).isEqualTo("\\- mục\n1\\. một\n\\+ cộng 2-3");
    }

    @Test
    void fit_cutsSoThatTheEscapedTextFits() {
        String text = "A & B & C & D & E & F";
        String fitted = ChatText.fit(text, 16, ChatText::slack);

        assertThat(fitted).isEqualTo("A &amp; B &amp;…");
        assertThat(fitted.length()).isLessThanOrEqualTo(16);
    }
}
