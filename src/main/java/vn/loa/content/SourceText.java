package vn.loa.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.loa.encoding.Detection;
import vn.loa.encoding.EncodingDetector;
import vn.loa.encoding.LegacyEncoding;
import vn.loa.i18n.Messages;

/**
 * The text of a content file: strictly decoded UTF-8 without BOM, or a legacy Vietnamese encoding told with
 * confidence ({@link EncodingDetector}); LF line endings, NFC; or the one reason the bytes cannot be read as such.
 *
 * @param text          the normalized text, or null when {@code problem} is set
 * @param problem       why the bytes are not readable text, or null
 * @param convertedFrom the legacy encoding the text was converted from, or null for UTF-8
 */
record SourceText(String text, Problem problem, LegacyEncoding convertedFrom) {

    private static final String FILE = "file";

    static SourceText decode(byte[] bytes) {
        if (bytes.length == 0) {
            return failed(Messages.t("content.file.empty"));
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return failed(Messages.t("content.file.utf16"));
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (start == bytes.length) {
            return failed(Messages.t("content.file.bom_only"));
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failed(Messages.t("content.file.nul", i));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            // a byte order mark says UTF-8, and a file that is mostly UTF-8 is broken, not legacy
            Detection legacy = start == 0 ? EncodingDetector.detect(bytes) : null;
            if (legacy != null && legacy.converted()) {
                return new SourceText(normalized(legacy.text()), null, legacy.encoding());
            }
            if (legacy != null && legacy.verdict() != Detection.Verdict.DAMAGED_UTF8) {
                return failed(legacy.reason());
            }
            return failed(Messages.t("content.file.not_utf8", String.format("0x%02X", bytes[offset] & 0xFF), offset,
                    lineAt(bytes, offset)));
        }
        return new SourceText(normalized(out.flip().toString()), null, null);
    }

    /** LF line endings, NFC. */
    private static String normalized(String decoded) {
        String text = decoded.replace("\r\n", "\n").replace('\r', '\n');
        // most files are NFC already: the check is much cheaper than normalizing
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    boolean ok() {
        return problem == null;
    }

    private static SourceText failed(String message) {
        return new SourceText(null, new Problem(0, FILE, message), null);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
