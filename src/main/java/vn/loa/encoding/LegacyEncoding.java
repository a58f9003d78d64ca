package vn.loa.encoding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.loa.i18n.Messages;

/** The legacy Vietnamese encodings Loa reads, each with its table (see the decoders for the sources). */
public enum LegacyEncoding {

    /** TCVN3 (VN3), the ".VnTime" and ABC fonts of the north; UniKey's table. */
    TCVN3("tcvn3", new Tcvn3Decoder()),
    /** TCVN 5712 VN1, the superset libiconv and glibc write as "TCVN"; asked for as tcvn3 too. */
    TCVN3_VN1("tcvn3", new Vn1Decoder()),
    /** VNI-Windows, the VNI fonts of the south; UniKey's table. */
    VNI("vni", new VniDecoder()),
    /** Windows-1258, Microsoft's Vietnamese code page; the JDK's charset. */
    CP1258("cp1258", new Cp1258Decoder());

    private final String key;
    private final ByteDecoder decoder;

    LegacyEncoding(String key, ByteDecoder decoder) {
        this.key = key;
        this.decoder = decoder;
    }

    /** The name {@code loa convert --from} takes: {@code tcvn3}, {@code vni} or {@code cp1258}. */
    public String key() {
        return key;
    }

    /** The name staff read, e.g. "TCVN3 (ABC)". */
    public String label() {
        return Messages.t("encoding.name." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** What a conversion from this encoding is noted as, e.g. "đã chuyển từ mã TCVN3 (ABC) sang Unicode". */
    public String conversionNote() {
        return Messages.t("encoding.converted", label());
    }

    /**
     * The whole file as text, NFC. For TCVN3, a small letter the context shows was a capital of the capital font
     * (in a word in capitals, at the start of a sentence) is made a capital again; see {@link CapitalFont}.
     */
    public String read(byte[] bytes) {
        String text = decoder.decode(bytes, 0, bytes.length).text();
        return this == TCVN3 ? CapitalFont.restore(text) : text;
    }

    Decoded decode(byte[] bytes, int from, int to) {
        return decoder.decode(bytes, from, to);
    }

    boolean available() {
        return decoder.available();
    }

    /** The encodings {@code --from KEY} names, empty for an unknown key. */
    public static List<LegacyEncoding> named(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equalsIgnoreCase(key) && e.available()).toList();
    }

    /** The keys {@code --from} takes, as {@code tcvn3|vni|cp1258}. */
    public static String keys() {
        return String.join("|", Arrays.stream(values()).map(LegacyEncoding::key).distinct().toList());
    }
}
