package vn.loa.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;

/**
 * Windows-1258 through the JDK's charset, then NFC: the JDK returns a letter and its combining tone mark (0xCC, 0xEC,
 * 0xD2, 0xDE, 0xF2) as two characters, NFC makes them one. The 9 bytes the charset leaves undefined are unplaced.
 */
final class Cp1258Decoder implements ByteDecoder {

    private static final String NAME = "windows-1258";
    private static final boolean AVAILABLE = Charset.isSupported(NAME);

    @Override
    public boolean available() {
        return AVAILABLE;
    }

    @Override
    public Decoded decode(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = Charset.forName(NAME).newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder never throws", e);
        }
        int unplaced = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                unplaced++;
            }
        }
        return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), unplaced);
    }
}
