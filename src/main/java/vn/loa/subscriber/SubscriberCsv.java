package vn.loa.subscriber;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The subscriber file format: CSV in UTF-8 (a byte-order mark is skipped), comma-separated, or semicolon- or
 * tab-separated when the header row has no comma (spreadsheets in Vietnamese locales write semicolons).
 */
final class SubscriberCsv {

    /** The export's own columns; an import never stores them as attributes. */
    static final Set<String> RESERVED = Set.of("email", "user_id", "name", "status", "created_at", "updated_at");

    private SubscriberCsv() {
    }

    /** Opens {@code file} for streaming; malformed UTF-8 fails the read that meets it. */
    static CSVParser open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (bom.length < 3 || (bom[0] & 0xFF) != 0xEF || (bom[1] & 0xFF) != 0xBB || (bom[2] & 0xFF) != 0xBF) {
                in.reset();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            reader.mark(1 << 16);
            String first = reader.readLine();
            reader.reset();
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(first)).setIgnoreEmptyLines(true).get();
            return CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The first line (from 1) that is not UTF-8, or 0 when every line is; reads one line at a time. */
    static long firstNonUtf8Line(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            int b;
            while ((b = in.read()) != -1) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                if (!isUtf8(decoder, line)) {
                    return number;
                }
                line.reset();
                number++;
            }
            return isUtf8(decoder, line) ? 0 : number;
        }
    }

    private static boolean isUtf8(CharsetDecoder decoder, ByteArrayOutputStream line) {
        try {
            decoder.reset().decode(ByteBuffer.wrap(line.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static char delimiter(String header) {
        if (header == null || header.indexOf(',') >= 0) {
            return ',';
        }
        return header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
    }

    /** The line a record starts on: the parser counts the line it ends on. */
    static long startLine(CSVParser parser, CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                if (ch == '\n' || ch == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return parser.getCurrentLineNumber() - breaks;
    }

    static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
