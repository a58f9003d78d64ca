package vn.loa.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TCVN3 stores "Ủ" as "ủ"; what the context gives back, and what it cannot. */
class CapitalFontTest {

    @Test
    void wordsInCapitals_getTheirCapitalsBack_andSoDoTheirNeighbours() {
        assertThat(CapitalFont.restore("## KếT QUả NổI BậT\n")).isEqualTo("## KẾT QUẢ NỔI BẬT\n");
        assertThat(CapitalFont.restore("Bé NéI Vô\n".replace("é", "ộ").replace("ô", "ụ"))).isEqualTo("BỘ NỘI VỤ\n");
    }

    @Test
    void capitalisedWords_stayAsTheyAre_besideAnAsciiAcronym() {
        assertThat(CapitalFont.restore("- **Mã QR** dán tại quầy\n")).isEqualTo("- **Mã QR** dán tại quầy\n");
        assertThat(CapitalFont.restore("Theo Bộ Nội vụ, UBND Bộ\n")).isEqualTo("Theo Bộ Nội vụ, UBND Bộ\n");
    }

    @Test
    void firstLetterOfASentence_isACapital() {
        // đ has a capital of its own in TCVN3 (Đ): a small one is small
        assertThat(CapitalFont.restore("ủy ban họp. ở cấp xã… ứng dụng\n\nđến nay\n- ổn định\n"))
                .isEqualTo("Ủy ban họp. Ở cấp xã… Ứng dụng\n\nđến nay\n- Ổn định\n");
    }

    @Test
    void frontMatter_capitalisesTitleSummaryAndNames_notTagsOrIds() {
        assertThat(CapitalFont.restore("---\ntitle: \"ủy ban\"\napproved_by: ánh\ntags: [ủy ban]\n---\n"))
                .isEqualTo("---\ntitle: \"Ủy ban\"\napproved_by: Ánh\ntags: [ủy ban]\n---\n");
    }

    @Test
    void capitalInTheMiddleOfASentence_cannotBeToldAndStaysSmall() {
        assertThat(CapitalFont.restore("Văn bản do ủy ban nhân dân tỉnh ban hành.\n"))
                .isEqualTo("Văn bản do ủy ban nhân dân tỉnh ban hành.\n");
    }

    @Test
    void inlineHtmlTags_doNotStartSentences() {
        assertThat(CapitalFont.restore("<p>ủy ban và <b>ủy viên</b></p>\n")).isEqualTo("<p>Ủy ban và <b>ủy viên</b></p>\n");
    }
}
