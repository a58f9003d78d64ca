package vn.loa.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.i18n.Messages;

/**
 * The detector on the article of {@code legacy-unicode.md} in each encoding (made by make-legacy-fixtures.py with
 * glibc iconv and the reference's VNI rules, not with Loa's tables) and on the hard cases beside it.
 */
class EncodingDetectorTest {

    static final String ORIGINAL = new String(bytes("legacy-unicode.md"), StandardCharsets.UTF_8);

    @BeforeEach
    void vietnamese() {
        Messages.use("vi", null);
    }

    @AfterEach
    void reset() {
        Messages.use("vi", null);
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = EncodingDetectorTest.class.getResourceAsStream("/content/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void tcvn3Article_readsAsTheOriginal_capitalsOfTheCapitalFontIncluded() {
        Detection detection = EncodingDetector.detect(bytes("legacy-tcvn3.md"));

        assertThat(detection.verdict()).isEqualTo(Detection.Verdict.CONVERTED);
        assertThat(detection.encoding()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(detection.text()).isEqualTo(ORIGINAL);
        assertThat(detection.best().plausibility()).isEqualTo(1.0);
        assertThat(detection.margin()).isGreaterThan(1.0);
    }

    @Test
    void vniArticle_readsAsTheOriginal() {
        Detection detection = EncodingDetector.detect(bytes("legacy-vni.md"));

        assertThat(detection.encoding()).isEqualTo(LegacyEncoding.VNI);
        assertThat(detection.text()).isEqualTo(ORIGINAL);
        assertThat(detection.margin()).isGreaterThan(1.0);
    }

    @Test
    void windows1258Article_readsAsTheOriginal_inNfc() {
        Detection detection = EncodingDetector.detect(bytes("legacy-cp1258.md"));

        assertThat(detection.encoding()).isEqualTo(LegacyEncoding.CP1258);
        assertThat(detection.text()).isEqualTo(ORIGINAL);
        assertThat(detection.margin()).isGreaterThan(1.0);
    }

    @Test
    void vn1Article_asIconvWritesIt_readsInVn1() {
        Detection detection = EncodingDetector.detect(bytes("legacy-vn1.md"));

        assertThat(detection.encoding()).isEqualTo(LegacyEncoding.TCVN3_VN1);
        assertThat(detection.text()).isEqualTo(ORIGINAL.replace("“", "\"").replace("”", "\"").replace("–", "-")
                .replace("…", "..."));
    }

    @Test
    void shortFiles_ofATitleAndASentence_areToldInEachEncoding() {
        assertThat(EncodingDetector.detect(bytes("legacy-short-tcvn3.md")).encoding()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(EncodingDetector.detect(bytes("legacy-short-vni.md")).encoding()).isEqualTo(LegacyEncoding.VNI);
        assertThat(EncodingDetector.detect(bytes("legacy-short-cp1258.md")).encoding()).isEqualTo(LegacyEncoding.CP1258);
        assertThat(EncodingDetector.detect(bytes("legacy-short-tcvn3.md")).text()).contains("title: Tin mới của Bộ");
    }

    @Test
    void mostlyAsciiFiles_areToldByTheirFewVietnameseWords() {
        assertThat(EncodingDetector.detect(bytes("legacy-ascii-tcvn3.md")).encoding()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(EncodingDetector.detect(bytes("legacy-ascii-vni.md")).encoding()).isEqualTo(LegacyEncoding.VNI);
        assertThat(EncodingDetector.detect(bytes("legacy-ascii-cp1258.md")).encoding()).isEqualTo(LegacyEncoding.CP1258);
        assertThat(EncodingDetector.detect(bytes("legacy-ascii-vni.md")).text()).contains("Phòng Cải cách hành chính, 12 Lê Thánh Tông");
    }

    @Test
    void oneWordWithDiacritics_isTooLittleToTell() {
        Detection detection = EncodingDetector.detect(bytes("legacy-too-short-tcvn3.md"));

        assertThat(detection.verdict()).isEqualTo(Detection.Verdict.TOO_LITTLE_TEXT);
        assertThat(detection.text()).isNull();
        assertThat(detection.reason()).startsWith("không phải UTF-8, và có quá ít chữ có dấu để nhận ra bảng mã;"
                + " có thể là TCVN3 (ABC) — 100% số từ đọc được; hãy lưu lại tệp dưới dạng UTF-8");
    }

    @Test
    void wordsThatAreSyllablesInTwoEncodings_areAmbiguous_andBothAreNamed() {
        Detection detection = EncodingDetector.detect(bytes("legacy-ambiguous.md"));

        assertThat(detection.verdict()).isEqualTo(Detection.Verdict.AMBIGUOUS);
        assertThat(detection.reason()).isEqualTo("không phải UTF-8, và không chắc là bảng mã nào: có thể là"
                + " Windows-1258 — 100% số từ đọc được hoặc TCVN3 (ABC) — 100% số từ đọc được; hãy lưu lại tệp dưới dạng"
                + " UTF-8: trong Word chọn Save As → Plain Text → Unicode (UTF-8); trong Notepad chọn Encoding: UTF-8;"
                + " tệp TCVN3 hoặc VNI chuyển được bằng công cụ chuyển mã của UniKey Toolkit, hoặc bằng lệnh"
                + " loa convert TỆP --from tcvn3|vni|cp1258");
    }

    @Test
    void windows1252French_isNotVietnameseInAnyEncoding() {
        Detection detection = EncodingDetector.detect(bytes("legacy-french.md"));

        assertThat(detection.verdict()).isEqualTo(Detection.Verdict.NOT_VIETNAMESE);
        assertThat(detection.reason()).startsWith("không phải UTF-8, và không đọc ra tiếng Việt theo TCVN3, VNI-Windows"
                + " hay Windows-1258 (byte đầu tiên không phải UTF-8: 0xE9, dòng 2); hãy lưu lại tệp dưới dạng UTF-8");
    }

    @Test
    void utf8FrontMatterWithATcvn3Body_isMixed() {
        Detection detection = EncodingDetector.detect(bytes("legacy-mixed.md"));

        assertThat(detection.verdict()).isEqualTo(Detection.Verdict.MIXED);
        assertThat(detection.reason()).startsWith("vừa có chữ UTF-8 vừa có chữ theo bảng mã cũ (byte đầu tiên không phải"
                + " UTF-8: 0xF1, dòng 9)");
    }

    @Test
    void utf8WithOneBadByte_isDamagedUtf8_notLegacy() {
        byte[] damaged = bytes("legacy-unicode.md").clone();
        damaged[200] = (byte) 0xFF;

        assertThat(EncodingDetector.detect(damaged).verdict()).isEqualTo(Detection.Verdict.DAMAGED_UTF8);
    }

    @Test
    void encodingNamedByTheOperator_isUsedWhateverItScores() {
        Detection asked = EncodingDetector.decodeAs(bytes("legacy-ambiguous.md"), "tcvn3");

        assertThat(asked.converted()).isTrue();
        assertThat(asked.encoding()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(asked.text()).contains("title: Hỏi nhỏ", "Chớ bỏ lúc nhỏ.");
        Detection wrong = EncodingDetector.decodeAs(bytes("legacy-tcvn3.md"), "vni");
        assertThat(wrong.encoding()).isEqualTo(LegacyEncoding.VNI);
        assertThat(wrong.best().plausibility()).isLessThan(EncodingDetector.MIN_PLAUSIBILITY);
    }

    @Test
    void conversionNote_followsTheLanguage() {
        assertThat(LegacyEncoding.TCVN3.conversionNote()).isEqualTo("đã chuyển từ mã TCVN3 (ABC) sang Unicode");
        Messages.use("en", null);
        assertThat(LegacyEncoding.VNI.conversionNote()).isEqualTo("converted from VNI-Windows to Unicode");
    }
}
