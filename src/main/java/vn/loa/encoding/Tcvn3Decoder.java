package vn.loa.encoding;

import java.text.Normalizer;

/**
 * TCVN3 (VN3, the ".VnTime"/ABC fonts) with UniKey's semantics: a byte shared by a capital and its small letter reads
 * as the small letter (the font made it a capital); 0x80–0x9F are Windows-1252 symbols; other bytes that hold no
 * letter read as Latin-1, as UniKey passes them through, and count as unplaced.
 */
final class Tcvn3Decoder implements ByteDecoder {

    private static final int[] CHARS = new int[256];
    private static final boolean[] PLACED = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) {
            CHARS[b] = b;
            PLACED[b] = b < 0x80 && (b >= 0x20 || b == '\t' || b == '\n' || b == '\r' || b == '\f');
        }
        for (int b = 0x80; b < 0xA0; b++) {
            int symbol = Windows1252.symbol(b);
            if (symbol >= 0) {
                CHARS[b] = symbol;
                PLACED[b] = true;
            }
        }
        PLACED[0xA0] = true;  // no-break space
        int[] bytes = UnikeyTables.TCVN3;
        for (int i = 0; i < bytes.length; i++) {
            // UniKey's SingleByteCharset: of a capital and small letter sharing a byte, the small letter is kept
            if (bytes[i] >= 0x80 && (i == bytes.length - 1 || bytes[i] != bytes[i + 1])) {
                CHARS[bytes[i]] = UnikeyTables.UNICODE[i];
                PLACED[bytes[i]] = true;
            }
        }
    }

    @Override
    public Decoded decode(byte[] bytes, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int unplaced = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            out.append((char) CHARS[b]);
            if (!PLACED[b]) {
                unplaced++;
            }
        }
        return new Decoded(Normalizer.normalize(out, Normalizer.Form.NFC), unplaced);
    }
}
