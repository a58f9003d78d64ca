package vn.loa.encoding;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * VNI-Windows with UniKey's semantics (its DoubleByteCharset): a vowel followed by a mark byte is one letter (a + 0xF9
 * is á, A + 0xD9 is Á); ơ, ư, đ, í, ì, ỉ, ĩ, ị, ỵ are single bytes. A mark byte after anything else is unplaced (UniKey
 * drops it; Loa keeps its Latin-1 character so nothing disappears unseen). 0x80–0x9F are Windows-1252 symbols.
 */
final class VniDecoder implements ByteDecoder {

    private static final int[] SINGLE = new int[256];
    private static final boolean[] MARK = new boolean[256];
    private static final Map<Integer, Integer> PAIRS = new HashMap<>();

    static {
        for (int b = 0; b < 256; b++) {
            SINGLE[b] = b >= 0x80 && b < 0xA0 ? Windows1252.symbol(b) : b;
        }
        int[] words = UnikeyTables.VNI_WINDOWS;
        for (int i = 0; i < words.length; i++) {
            int letter = UnikeyTables.UNICODE[i];
            if (words[i] > 0xFF) {
                MARK[words[i] >> 8] = true;
                PAIRS.put(words[i], letter);
            } else {
                SINGLE[words[i]] = letter;
            }
        }
    }

    @Override
    public Decoded decode(byte[] bytes, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int unplaced = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            Integer pair = i + 1 < to ? PAIRS.get(((bytes[i + 1] & 0xFF) << 8) | b) : null;
            if (pair != null) {
                out.append((char) pair.intValue());
                i++;
            } else if (MARK[b] || SINGLE[b] < 0) {
                out.append((char) b);
                unplaced++;
            } else {
                out.append((char) SINGLE[b]);
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                    unplaced++;
                }
            }
        }
        return new Decoded(Normalizer.normalize(out, Normalizer.Form.NFC), unplaced);
    }
}
