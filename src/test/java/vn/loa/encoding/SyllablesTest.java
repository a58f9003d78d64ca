package vn.loa.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyllablesTest {

    @Test
    void everyWordOfTheSampleArticle_isASyllable() throws IOException {
        String article;
        try (InputStream in = getClass().getResourceAsStream("/content/legacy-unicode.md")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> words = Arrays.stream(article.split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty() && !w.chars().allMatch(c -> c < 0x80) && !List.of("QĐ").contains(w)).toList();

        assertThat(words).hasSizeGreaterThan(150);
        assertThat(words).allMatch(Syllables::valid);
    }

    @Test
    void wellFormedSyllables_areValid_inEitherTonePlacement() {
        assertThat(List.of("người", "nghĩa", "quyết", "giữa", "gìn", "giếng", "thuở", "khuya", "ngoài", "tuyến",
                "hòa", "hoà", "thủy", "thuỷ", "ủy", "uỷ", "kỹ", "oanh", "ạ", "ĐẨY", "Quốc")).allMatch(Syllables::valid);
    }

    @Test
    void impossibleSyllables_areInvalid() {
        assertThat(List.of(
                "coọng",   // oo is no vowel sequence
                "tiê",     // iê needs a final consonant
                "càp",     // a syllable ending in p takes sắc or nặng
                "caù",     // the tone of au sits on a
                "hóà",     // two tones
                "ce",      // c is never written before e
                "ghu",     // gh only before e, ê, i
                "ka",      // k only before e, ê, i, y
                "tröôøng", // ö is no Vietnamese letter
                "nhv"      // no vowel
        )).noneMatch(Syllables::valid);
    }
}
