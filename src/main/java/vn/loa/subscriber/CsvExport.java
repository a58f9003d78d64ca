package vn.loa.subscriber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.loa.config.MailList;
import vn.loa.guard.SpreadsheetCells;
import vn.loa.storage.Timestamps;

/**
 * Writes a list as CSV: {@code email} ({@code user_id} for a {@code kind: zalo} list), {@code name}, {@code status},
 * one column per attribute, {@code created_at}. Streams the members; {@link CsvImport} reads the result back. A cell
 * a spreadsheet would take for a formula is neutralised ({@link SpreadsheetCells}).
 */
public final class CsvExport {

    private final Subscribers subscribers;

    public CsvExport(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    /** Writes every member of {@code list} to {@code out}; answers how many. */
    public int write(MailList list, Appendable out) {
        Set<String> attributes = subscribers.attributeNames(list);
        List<String> header = new ArrayList<>(List.of(list.isZalo() ? "user_id" : "email", "name", "status"));
        header.addAll(attributes);
        header.add("created_at");
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            printer.printRecord(header.stream().map(SpreadsheetCells::neutralise).toList());
            int[] count = {0};
            subscribers.forEach(list, s -> {
                List<String> row = new ArrayList<>(List.of(s.address(), s.name() == null ? "" : s.name(), s.status().key()));
                attributes.forEach(a -> row.add(s.attributes().getOrDefault(a, "")));
                row.add(Timestamps.format(s.createdAt()));
                try {
                    printer.printRecord(row.stream().map(SpreadsheetCells::neutralise).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
            });
            printer.flush();
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the list " + list.id() + ": " + e.getMessage(), e);
        }
    }
}
