package vn.loa.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table of a report, as every format lays it out: a title, a header, rows and an optional total line. A cell is
 * a {@link String}, an {@link Integer} or a {@link java.time.LocalDate}; each format writes numbers and dates its way.
 *
 * @param key    a stable name ({@code units}, {@code channels}, …): the CSV {@code --table} and the XLSX sheet order
 * @param depths per row, how far it is indented under the row above (unit roll-ups); 0 for flat tables
 * @param total  the total line, or null
 */
public record ReportTable(String key, String title, List<String> header, List<List<Object>> rows, List<Integer> depths,
                          List<Object> total) {

    public static final List<String> KEYS = List.of("units", "channels", "lists", "failures", "items", "issues",
            "in-progress");

    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(ReportTable::copy).toList();
        depths = depths == null ? Collections.nCopies(rows.size(), 0) : List.copyOf(depths);
        total = total == null ? null : copy(total);
    }

    /** Cells may be null (an empty cell), which List.copyOf refuses. */
    private static List<Object> copy(List<Object> cells) {
        return Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** Whether column {@code i} holds numbers (right-aligned). */
    public boolean numeric(int i) {
        for (List<Object> row : rows) {
            Object cell = row.get(i);
            if (cell != null && !(cell instanceof Integer)) {
                return false;
            }
        }
        return !rows.isEmpty() || (total != null && total.get(i) instanceof Integer);
    }
}
