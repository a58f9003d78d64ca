package vn.loa.encoding;

/**
 * How much of a file is well-formed UTF-8 beyond ASCII: a legacy file almost never holds a valid multi-byte
 * sequence, a UTF-8 file damaged here and there holds many more of them than invalid bytes.
 *
 * @param sequences    well-formed multi-byte sequences
 * @param invalid      bytes that start no well-formed sequence
 * @param firstInvalid offset of the first of them, -1 when there is none
 * @param firstByte    its value (0–255)
 * @param firstLine    its 1-based line
 */
public record Utf8Evidence(int sequences, int invalid, int firstInvalid, int firstByte, int firstLine) {

    static Utf8Evidence of(byte[] bytes) {
        int sequences = 0;
        int invalid = 0;
        int first = -1;
        int line = 1;
        int firstLine = 0;
        for (int i = 0; i < bytes.length; ) {
            if (bytes[i] == '\n' && first < 0) {
                line++;
            }
            int length = sequenceAt(bytes, i);
            if (length == 1) {
                i++;
            } else if (length > 1) {
                sequences++;
                i += length;
            } else {
                if (first < 0) {
                    first = i;
                    firstLine = line;
                }
                invalid++;
                i++;
            }
        }
        return new Utf8Evidence(sequences, invalid, first, first < 0 ? 0 : bytes[first] & 0xFF, firstLine);
    }

    /** The length of the well-formed sequence at {@code i} (RFC 3629), 0 when there is none. */
    private static int sequenceAt(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) {
            return 1;
        }
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) {
                return 0;
            }
        }
        return length;
    }
}
