package vn.loa.content;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.content.Fixtures.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void version_isSha256OfTheNormalizedTextAndSortedUnits() throws Exception {
        String text = new String(Fixtures.bytes("nfc-title.md"), StandardCharsets.UTF_8);
        byte[] hash = MessageDigest.getInstance("SHA-256").digest((text + "\nbnv").getBytes(StandardCharsets.UTF_8));

        assertThat(parse("nfc-title.md").version()).isEqualTo(HexFormat.of().formatHex(hash));
    }

    @Test
    void impliedAndGivenUnits_versionUsesTheSortedUnion() throws Exception {
        String text = new String(Fixtures.bytes("implied-and-given-units.md"), StandardCharsets.UTF_8);
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest((text + "\nbnv,so-noi-vu-hn").getBytes(StandardCharsets.UTF_8));

        Article article = Fixtures.parser().parse(
                Fixtures.load("implied-and-given-units.md", "bnv/implied-and-given-units.md", "bnv"));

        assertThat(article.version()).isEqualTo(HexFormat.of().formatHex(hash));
    }

    @Test
    void sameTextForOtherUnits_hasAnotherVersion() {
        Article given = parse("implied-and-given-units.md");
        Article widened = Fixtures.parser().parse(
                Fixtures.load("implied-and-given-units.md", "bnv/implied-and-given-units.md", "bnv"));

        assertThat(widened.version()).isNotEqualTo(given.version());
    }

    @Test
    void sameFileParsedTwice_hasTheSameVersion() {
        assertThat(parse("valid-markdown-with-table.md").version())
                .isEqualTo(parse("valid-markdown-with-table.md").version())
                .matches("[0-9a-f]{64}");
    }
}
