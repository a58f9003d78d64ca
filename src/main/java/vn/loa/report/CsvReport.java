package vn.loa.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.loa.guard.SpreadsheetCells;

/**
 * A report as CSV in UTF-8 with a byte-order mark (so spreadsheet programs read Vietnamese): every table, each after
 * a line with its title and followed by an empty line, or one table alone (header first). Numbers are plain digits,
 * dates {@code dd/MM/yyyy}; a text that a spreadsheet would take for a formula is neutralised ({@link SpreadsheetCells}).
 */
final class CsvReport {

    static final String BOM = "\uFEFF";

    private CsvReport() {
    }

    static String render(ReportText t, String only) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            if (only == null) {
                csv.printRecord(text(t.type() + ": " + t.subject()));
                csv.printRecord(text(t.issuerName()), t.messages().get("report.period.period"), text(t.periodName()),
                        text(t.covers()));
                csv.println();
            }
            for (ReportTable table : t.tables()) {
                if (only != null && !only.equals(table.key())) {
                    continue;
                }
                if (only == null) {
                    csv.printRecord(text(table.title()));
                }
                csv.printRecord(table.header());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(cells(row));
                }
                if (table.total() != null) {
                    csv.printRecord(cells(table.total()));
                }
                if (only == null) {
                    csv.println();
                }
            }
            if (only == null) {
                csv.printRecord(text(t.generated()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(String value) {
        return SpreadsheetCells.neutralise(value);
    }

    private static List<String> cells(List<Object> row) {
        List<String> out = new ArrayList<>();
        for (Object cell : row) {
            out.add(cell == null ? "" : cell instanceof LocalDate d ? ReportText.shortDate(d) : text(cell.toString()));
        }
        return out;
    }
}
