package vn.loa.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.loa.content.Fixtures.check;
import static vn.loa.content.Fixtures.parse;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import vn.loa.config.Intake;
import vn.loa.config.LoaConfig;
import org.junit.jupiter.api.Test;

class EncodingTest {

    private static final String TITLE = "Cải cách hành chính năm 2025";

    @Test
    void bom_isStrippedAndAccepted() {
        Article article = parse("bom.md");

        assertThat(article.title()).isEqualTo(TITLE);
        assertThat(article.version()).isEqualTo(parse("nfc-title.md").version());
    }

    @Test
    void crlf_isNormalizedToLfBeforeHashing() {
        Article article = parse("crlf.md");

        assertThat(article.title()).isEqualTo(TITLE);
        assertThat(article.bodyHtml()).doesNotContain("\r");
        assertThat(article.version()).isEqualTo(parse("nfc-title.md").version());
    }

    @Test
    void nfdTitle_isNormalizedToNfcWithTheSameVersionAsTheNfcCopy() {
        String nfdBytes = new String(Fixtures.bytes("nfd-title.md"), StandardCharsets.UTF_8);
        assertThat(Normalizer.isNormalized(nfdBytes, Normalizer.Form.NFC)).as("fixture really is NFD").isFalse();

        Article nfd = parse("nfd-title.md");
        Article nfc = parse("nfc-title.md");

        assertThat(nfd.title()).isEqualTo(TITLE);
        assertThat(Normalizer.isNormalized(nfd.title(), Normalizer.Form.NFC)).isTrue();
        assertThat(nfd.bodyHtml()).isEqualTo(nfc.bodyHtml());
        assertThat(nfd.version()).isEqualTo(nfc.version());
    }

    @Test
    void nfdFileName_isNormalizedInSourceNameAndId() {
        String nfdName = Normalizer.normalize("bnv/Cải cách hành chính.md", Normalizer.Form.NFD);

        Article article = Fixtures.parser().parse(Fixtures.load("no-id.md", nfdName, null));

        assertThat(article.sourceName()).isEqualTo("bnv/Cải cách hành chính.md");
        assertThat(article.id()).isEqualTo("cai-cach-hanh-chinh");
    }

    @Test
    void cp1258_isRejectedWithOffsetOfTheFirstInvalidByte() {
        assertThat(check("cp1258.md")).containsExactly(new Problem(0, "file",
                "not UTF-8 (invalid byte 0xD2 at offset 13, line 2); save the file as UTF-8"));
    }

    @Test
    void cp1258_parseThrowsWithTheSameProblem() {
        assertThatThrownBy(() -> parse("cp1258.md"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("cp1258.md:0: file: not UTF-8 (invalid byte 0xD2 at offset 13, line 2); save the file as UTF-8");
    }

    @Test
    void utf16_isRejectedAsNotSupported() {
        assertThat(check("utf16.md")).containsExactly(
                new Problem(0, "file", "UTF-16 is not supported; save the file as UTF-8"));
    }

    @Test
    void empty_isRejectedAsEmptyFile() {
        assertThat(Fixtures.bytes("empty.md")).isEmpty();
        assertThat(check("empty.md")).containsExactly(new Problem(0, "file", "empty file (0 bytes)"));
    }

    @Test
    void bomOnly_isRejectedAsEmptyFile() {
        ContentSource bomOnly = new ContentSource("bom-only.md", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, null);

        assertThat(Fixtures.parser().check(bomOnly)).containsExactly(
                new Problem(0, "file", "empty file (only a byte order mark)"));
    }

    @Test
    void binary_isRejectedAsNotAText() {
        assertThat(check("binary.md")).containsExactly(new Problem(0, "file", "not a text file (NUL byte at offset 8)"));
    }

    @Test
    void fileOverTheIntakeLimit_isRejectedUnread() {
        LoaConfig base = Fixtures.config();
        LoaConfig small = new LoaConfig(base.site(), base.paths(), base.units(), base.lists(), base.chats(),
                base.bulletins(), base.smtp(), base.storage(), base.http(), new Intake(null, 100L, null), null, null);
        ContentParser parser = new ContentParser(small, Clock.fixed(Fixtures.NOW, java.time.ZoneOffset.UTC));

        assertThat(parser.check(Fixtures.load("valid-markdown-with-table.md"))).singleElement()
                .satisfies(p -> assertThat(p.message()).matches("too large \\(\\d+ bytes; the limit is 100\\)"));
    }
}
