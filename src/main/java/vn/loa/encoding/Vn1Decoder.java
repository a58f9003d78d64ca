package vn.loa.encoding;

import java.text.Normalizer;

/**
 * TCVN 5712 VN1 as libiconv reads it ({@link Vn1Table}): capitals with tone marks in C0 and 0x80–0x9F, and a base
 * letter followed by a combining tone mark (0xB0–0xB4) composed into one letter. What {@code iconv -t TCVN} writes.
 */
final class Vn1Decoder implements ByteDecoder {

    @Override
    public Decoded decode(byte[] bytes, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            out.append((char) (b < Vn1Table.LOW.length ? Vn1Table.LOW[b] : b < 0x80 ? b : Vn1Table.HIGH[b - 0x80]));
        }
        // NFC composes a letter and its combining mark as libiconv's viet_comp_table does
        return new Decoded(Normalizer.normalize(out, Normalizer.Form.NFC), 0);
    }
}
