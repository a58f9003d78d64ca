package vn.loa.content;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.content.Fixtures.check;
import static vn.loa.content.Fixtures.parse;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import vn.loa.encoding.LegacyEncoding;
import vn.loa.i18n.Messages;
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
    void cp1258_isConvertedToTheSameTextAsTheUtf8Copy() {
        Article article = parse("cp1258.md");

        assertThat(article.title()).isEqualTo(TITLE);
        assertThat(article.convertedFrom()).isEqualTo(LegacyEncoding.CP1258);
        assertThat(article.version()).isEqualTo(parse("nfc-title.md").version());
        assertThat(parse("nfc-title.md").convertedFrom()).isNull();
    }

    @Test
    void legacyArticles_parseToTheUnicodeOriginal_titleSummaryAndBody() {
        Article original = parse("legacy-unicode.md");
        assertThat(original.title()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Ninh: Đổi mới giải quyết thủ tục hành chính"
                + " theo Quyết định số 1291/QĐ-UBND");

        for (String fixture : List.of("legacy-tcvn3.md", "legacy-vni.md", "legacy-cp1258.md")) {
            Article converted = Fixtures.parser().parse(Fixtures.load(fixture, "legacy-unicode.md", null));
            assertThat(converted.title()).as(fixture).isEqualTo(original.title());
            assertThat(converted.summary()).as(fixture).isEqualTo(original.summary());
            assertThat(converted.bodyHtml()).as(fixture).isEqualTo(original.bodyHtml());
            assertThat(converted.approvedBy()).as(fixture).isEqualTo(original.approvedBy());
            assertThat(converted.tags()).as(fixture).isEqualTo(original.tags());
            assertThat(converted.version()).as(fixture).isEqualTo(original.version());
            assertThat(Normalizer.isNormalized(converted.bodyHtml(), Normalizer.Form.NFC)).isTrue();
        }
        assertThat(parse("legacy-tcvn3.md").convertedFrom()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(parse("legacy-vni.md").convertedFrom()).isEqualTo(LegacyEncoding.VNI);
    }

    @Test
    void ambiguousLegacyFile_isRejectedNamingTheLikelyEncodingsAndHowToSaveAsUtf8() {
        Messages.use("vi", null);

        assertThat(check("legacy-ambiguous.md")).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.message()).startsWith("không phải UTF-8, và không chắc là bảng mã nào: có thể là Windows-1258")
                    .contains("hoặc TCVN3 (ABC)", "Save As → Plain Text → Unicode (UTF-8)", "Notepad chọn Encoding: UTF-8",
                            "UniKey Toolkit", "loa convert TỆP --from tcvn3|vni|cp1258");
        });
    }

    @Test
    void legacyFileWithAFieldProblem_isRejectedWithTheProblem_andSaysItWasConverted() {
        byte[] bytes = Fixtures.bytes("legacy-tcvn3.md");
        String asLatin1 = new String(bytes, StandardCharsets.ISO_8859_1).replace("status: approved", "status: draft");

        ContentRejectedException e = org.junit.jupiter.api.Assertions.assertThrows(ContentRejectedException.class,
                () -> Fixtures.parser().parse(new ContentSource("tin.md", asLatin1.getBytes(StandardCharsets.ISO_8859_1), null)));

        assertThat(e.convertedFrom()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("status");
    }

    @Test
    void utf8WithOneBrokenByte_isRejectedAsBeforeWithItsOffset() {
        byte[] bytes = Fixtures.bytes("nfc-title.md").clone();
        bytes[20] = (byte) 0xFF;

        assertThat(Fixtures.parser().check(new ContentSource("tin.md", bytes, null))).containsExactly(new Problem(0, "file",
                "không phải bảng mã UTF-8 (byte 0xFF không hợp lệ ở vị trí 20, dòng 2); hãy lưu lại tệp với bảng mã UTF-8"));
    }

    @Test
    void bomThenLegacyBytes_isRejectedAsBrokenUtf8() {
        byte[] legacy = Fixtures.bytes("legacy-tcvn3.md");
        byte[] bytes = new byte[legacy.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(legacy, 0, bytes, 3, legacy.length);

        assertThat(Fixtures.parser().check(new ContentSource("tin.md", bytes, null))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("không phải bảng mã UTF-8 (byte 0xF1 không hợp lệ ở vị trí 15, dòng 2);"
                        + " hãy lưu lại tệp với bảng mã UTF-8"));
    }

    @Test
    void utf16_isRejectedAsNotSupported() {
        assertThat(check("utf16.md")).containsExactly(
                new Problem(0, "file", "tệp dùng bảng mã UTF-16, Loa không đọc được; hãy lưu lại tệp với bảng mã UTF-8"));
    }

    @Test
    void empty_isRejectedAsEmptyFile() {
        assertThat(Fixtures.bytes("empty.md")).isEmpty();
        assertThat(check("empty.md")).containsExactly(new Problem(0, "file", "tệp rỗng (0 byte)"));
    }

    @Test
    void bomOnly_isRejectedAsEmptyFile() {
        ContentSource bomOnly = new ContentSource("bom-only.md", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, null);

        assertThat(Fixtures.parser().check(bomOnly)).containsExactly(
                new Problem(0, "file", "tệp rỗng (chỉ có dấu BOM)"));
    }

    @Test
    void binary_isRejectedAsNotAText() {
        assertThat(check("binary.md")).containsExactly(new Problem(0, "file", "không phải tệp văn bản (có byte NUL ở vị trí 8)"));
    }

    @Test
    void fileOverTheIntakeLimit_isRejectedUnread() {
        LoaConfig base = Fixtures.config();
        LoaConfig small = new LoaConfig(base.site(), base.paths(), base.units(), base.lists(), base.chats(),
                base.bulletins(), base.smtp(), base.storage(), base.http(), new Intake(null, 100L, null, null), null, null, null);
        ContentParser parser = new ContentParser(small, Clock.fixed(Fixtures.NOW, java.time.ZoneOffset.UTC));

        String size = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"))
                .format(Fixtures.bytes("valid-markdown-with-table.md").length);
        assertThat(parser.check(Fixtures.load("valid-markdown-with-table.md"))).containsExactly(
                new Problem(0, "file", "tệp quá lớn (" + size + " byte; giới hạn là 100 byte)"));
    }
}
