package vn.loa.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Cải cách hành chính.md        | cai-cach-hanh-chinh
            Đổi mới.md                    | doi-moi
            ĐỔI MỚI ĐÀ NẴNG.html          | doi-moi-da-nang
            Thông báo số 12 (2025).md     | thong-bao-so-12-2025
            --Ưu tiên__người dân--.md     | uu-tien-nguoi-dan
            bao-cao.v2.md                 | bao-cao-v2
            README                        | readme
            """)
    void fileName_isFoldedToAnAsciiSlug(String fileName, String slug) {
        assertThat(Slugs.fromFileName(fileName)).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"国务院.md", "---.md", "《》.md"})
    void fileNameWithNothingAscii_foldsToEmpty(String fileName) {
        assertThat(Slugs.fromFileName(fileName)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {150, 400})
    void longFileName_isCutTo100WithoutATrailingDash(int length) {
        String slug = Slugs.fromFileName("a-".repeat(length) + ".md");

        assertThat(slug).hasSizeLessThanOrEqualTo(100).doesNotEndWith("-");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\..\\x", "/abs", "a/b", "CON", "x%2F..", "tin-tức", "tin-\u0430",
            "-dau-gach", "", "a b"})
    void unsafeId_isInvalid(String id) {
        assertThat(Slugs.isValid(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "cai-cach-2025", "0-tin", "con"})
    void asciiSlug_isValid(String id) {
        assertThat(Slugs.isValid(id)).isTrue();
    }
}
