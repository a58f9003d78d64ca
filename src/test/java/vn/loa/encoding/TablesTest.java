package vn.loa.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loa's tables against sources other than the ones they were copied from: libiconv's VN1 table for TCVN3, the
 * vietnamese-conversion package's table for VNI, and garbled samples made by other tools (legacy-encodings.md).
 */
class TablesTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /**
     * VNI-Windows per duydev/vietnamese-conversion (MIT, commit ad55b35, {@code src/charsets.ts}), letter=bytes as
     * Latin-1. Left out: its Ỷ Ỹ ỷ ỹ, which it gives the bytes of Ë, Ì, ë, ì and so cannot be right (Ì and ì are
     * Ì and ì in the same table).
     */
    private static final String DUYDEV_VNI = """
            À=AØ Á=AÙ Â=AÂ Ã=AÕ È=EØ É=EÙ Ê=EÂ Ì=Ì Í=Í Ò=OØ Ó=OÙ Ô=OÂ Õ=OÕ Ù=UØ Ú=UÙ Ý=YÙ à=aø á=aù â=aâ ã=aõ
            è=eø é=eù ê=eâ ì=ì í=í ò=oø ó=où ô=oâ õ=oõ ù=uø ú=uù ý=yù Ă=AÊ Đ=Ñ Ĩ=Ó Ũ=UÕ Ơ=Ô Ư=Ö ă=aê đ=ñ ĩ=ó
            ũ=uõ ơ=ô ư=ö Ạ=AÏ Ả=AÛ Ấ=AÁ Ầ=AÀ Ẩ=AÅ Ẫ=AÃ Ậ=AÄ Ắ=AÉ Ằ=AÈ Ẳ=AÚ Ẵ=AÜ Ặ=AË Ẹ=EÏ Ẻ=EÛ Ẽ=EÕ Ế=EÁ Ề=EÀ
            Ể=EÅ Ễ=EÃ Ệ=EÄ Ỉ=Æ Ị=Ò Ọ=OÏ Ỏ=OÛ Ố=OÁ Ồ=OÀ Ổ=OÅ Ỗ=OÃ Ộ=OÄ Ớ=ÔÙ Ờ=ÔØ Ở=ÔÛ Ỡ=ÔÕ Ợ=ÔÏ Ụ=UÏ Ủ=UÛ Ứ=ÖÙ
            Ừ=ÖØ Ử=ÖÛ Ữ=ÖÕ Ự=ÖÏ Ỳ=YØ Ỵ=Î ạ=aï ả=aû ấ=aá ầ=aà ẩ=aå ẫ=aã ậ=aä ắ=aé ằ=aè ẳ=aú ẵ=aü ặ=aë
            ẹ=eï ẻ=eû ẽ=eõ ế=eá ề=eà ể=eå ễ=eã ệ=eä ỉ=æ ị=ò ọ=oï ỏ=oû ố=oá ồ=oà ổ=oå ỗ=oã ộ=oä ớ=ôù ờ=ôø ở=ôû
            ỡ=ôõ ợ=ôï ụ=uï ủ=uû ứ=öù ừ=öø ử=öû ữ=öõ ự=öï ỳ=yø ỵ=î""";

    /** Bytes as a Windows-1252 editor shows them, the way garbled samples are quoted. */
    private static byte[] seenAs1252(String garbled) {
        return garbled.getBytes(CP1252);
    }

    private static String read(LegacyEncoding encoding, byte[] bytes) {
        return encoding.decode(bytes, 0, bytes.length).text();
    }

    @Test
    void tcvn3_readsEverySmallLetterAndUntonedCapitalAsLibiconvsVn1Does() {
        List<String> disagreements = new ArrayList<>();
        int letters = 0;
        for (int b = 0xA0; b <= 0xFF; b++) {
            int vn1 = Vn1Table.HIGH[b - 0x80];
            String tcvn3 = read(LegacyEncoding.TCVN3, new byte[] {(byte) b});
            boolean vn1Small = Character.isLowerCase(vn1) || "ĂÂÊÔƠƯĐ\u00A0".indexOf(vn1) >= 0;
            boolean tcvn3Placed = LegacyEncoding.TCVN3.decode(new byte[] {(byte) b}, 0, 1).unplaced() == 0;
            if (vn1Small || tcvn3Placed) {
                letters++;
                if (!tcvn3.equals(String.valueOf((char) vn1)) || !vn1Small || !tcvn3Placed) {
                    disagreements.add(String.format("0x%02X: TCVN3 %s, VN1 %s", b, tcvn3, (char) vn1));
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(letters).isEqualTo(75);   // 67 small letters, 7 capitals without tone, no-break space
    }

    @Test
    void vni_readsEveryLetterAsTheVietnameseConversionPackageWritesIt() {
        List<String> disagreements = new ArrayList<>();
        String[] entries = DUYDEV_VNI.strip().split("\\s+");
        for (String entry : entries) {
            String letter = entry.substring(0, 1);
            byte[] bytes = entry.substring(2).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            String read = read(LegacyEncoding.VNI, bytes);
            if (!read.equals(letter)) {
                disagreements.add(letter + " ← " + entry.substring(2) + " read as " + read);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(entries).hasSize(130);
    }

    @Test
    void garbledSamplesOfTheReference_readAsTheVietnameseTheyWere() {
        // legacy-encodings.md 1.1 (glibc iconv -t TCVN, read as Windows-1252), 1.2 (VNI), 1.5 (glibc iconv -t CP1258)
        assertThat(read(LegacyEncoding.TCVN3, seenAs1252("Céng hßa x· héi chñ nghÜa ViÖt Nam")))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
        assertThat(read(LegacyEncoding.TCVN3, seenAs1252("Hµ Néi"))).isEqualTo("Hà Nội");
        assertThat(read(LegacyEncoding.TCVN3, seenAs1252("§éc lËp - Tù do - H¹nh phóc")))
                .isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(read(LegacyEncoding.VNI, seenAs1252("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Haø Noäi")))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam. Hà Nội");
        assertThat(read(LegacyEncoding.CP1258, seenAs1252("Côòng hoÌa xaÞ hôòi chuÒ nghiÞa Viêòt Nam")))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
        // duydev/vietnamese-conversion example/detect-charset.js
        assertThat(read(LegacyEncoding.VNI, seenAs1252("Tieáng Vieät coù 29 chöõ caùi"))).isEqualTo("Tiếng Việt có 29 chữ cái");
        assertThat(read(LegacyEncoding.TCVN3, seenAs1252("TiÕng ViÖt cã 29 ch÷ c¸i"))).isEqualTo("Tiếng Việt có 29 chữ cái");
    }

    @Test
    void vn1Capital_readsAsACapitalInVn1_andAsWindows1252InTcvn3() {
        byte[] uy = {(byte) 0x9E, 'y'};   // what glibc iconv -t TCVN writes for "Ủy"

        assertThat(read(LegacyEncoding.TCVN3_VN1, uy)).isEqualTo("Ủy");
        assertThat(read(LegacyEncoding.TCVN3, uy)).isEqualTo("žy");
    }

    @Test
    void windows1252Punctuation_staysPunctuationInTcvn3AndVni() {
        byte[] quoted = {(byte) 0x93, 'x', (byte) 0x94, ' ', (byte) 0x96, ' ', (byte) 0x85};

        assertThat(read(LegacyEncoding.TCVN3, quoted)).isEqualTo("“x” – …");
        assertThat(read(LegacyEncoding.VNI, quoted)).isEqualTo("“x” – …");
    }

    @Test
    void softHyphenByte_isTheLetterUInTcvn3() {
        // 0xAD is a soft hyphen in Latin-1, so "ư" vanishes from view in a Windows-1252 reading
        assertThat(read(LegacyEncoding.TCVN3, new byte[] {'n', 'g', (byte) 0xAD, (byte) 0xEA, 'i'})).isEqualTo("người");
    }

    @Test
    void strayVniMark_isKeptVisibleAndCountedUnplaced() {
        Decoded decoded = LegacyEncoding.VNI.decode(new byte[] {'n', (byte) 0xF9}, 0, 2);

        assertThat(decoded.text()).isEqualTo("nù");
        assertThat(decoded.unplaced()).isEqualTo(1);
    }
}
