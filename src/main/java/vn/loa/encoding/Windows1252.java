package vn.loa.encoding;

import java.nio.charset.Charset;

/**
 * Bytes 0x80–0x9F as Windows-1252 has them (curly quotes, dashes, €, …): TCVN3 and VNI files keep them there, as
 * UniKey's tables do. Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined: those read as -1.
 */
final class Windows1252 {

    private static final int[] SYMBOLS = new int[32];

    static {
        byte[] bytes = new byte[32];
        for (int i = 0; i < 32; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        String text = new String(bytes, Charset.forName("windows-1252"));
        for (int i = 0; i < 32; i++) {
            SYMBOLS[i] = text.charAt(i) == '\uFFFD' ? -1 : text.charAt(i);
        }
    }

    private Windows1252() {
    }

    /** The character of byte {@code b} in 0x80–0x9F, or -1 when Windows-1252 has none. */
    static int symbol(int b) {
        return SYMBOLS[b - 0x80];
    }
}
