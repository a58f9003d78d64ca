package vn.loa.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names of copies within NAME_MAX: unchanged when they fit, else cut at a character with a stable hash. */
class FileNamesTest {

    @Test
    void aNameThatFits_isKept_withItsTagBeforeTheExtension() {
        assertThat(FileNames.fit("tin.md", "", 10)).isEqualTo("tin.md");
        assertThat(FileNames.fit("tin.md", "-2", 10)).isEqualTo("tin-2.md");
        assertThat(FileNames.fit("ghi-chu", "-3", 10)).isEqualTo("ghi-chu-3");
    }

    @Test
    void aLongName_isCutToTheBudget_keepsItsExtension_andIsShortenedTheSameWayEveryTime() {
        String name = "đ".repeat(126) + ".md";
        assertThat(FileNames.bytes(name)).isEqualTo(255);

        String once = FileNames.fit(name, "", 10);
        String twice = FileNames.fit(name, "", 10);
        String copy = FileNames.fit(name, "-2", 10);

        assertThat(once).isEqualTo(twice).matches("đ+~[0-9a-f]{8}\\.md");
        assertThat(FileNames.bytes(once)).isLessThanOrEqualTo(245);
        assertThat(copy).matches("đ+~[0-9a-f]{8}-2\\.md");
        assertThat(FileNames.bytes(copy)).isLessThanOrEqualTo(245);
    }

    @Test
    void twoLongNamesDifferingAtTheirEnds_getDifferentNames() {
        String a = "x".repeat(250) + "a.md";
        String b = "x".repeat(250) + "b.md";

        assertThat(FileNames.fit(a, "", 10)).isNotEqualTo(FileNames.fit(b, "", 10));
    }

    @Test
    void cut_neverSplitsACharacter_norAnEmojiSequence() {
        assertThat(FileNames.cut("ab🇻🇳cd", 5)).isEqualTo("ab");
        assertThat(FileNames.cut("ab🇻🇳cd", 10)).isEqualTo("ab🇻🇳");
        assertThat(FileNames.cut("Việt", 3)).isEqualTo("Vi");
    }
}
