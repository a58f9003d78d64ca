package vn.loa.cli;

import java.util.List;

/** A plain-text table with columns as wide as their widest cell (counted in code points, for Vietnamese). */
final class Table {

    private Table() {
    }

    static String render(List<String> header, List<String[]> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = length(header.get(i));
        }
        for (String[] row : rows) {
            for (int i = 0; i < widths.length && i < row.length; i++) {
                widths[i] = Math.max(widths[i], length(row[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header.toArray(String[]::new), widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.length && cells[i] != null ? cells[i] : "";
            line.append(cell);
            if (i < widths.length - 1) {
                line.append(" ".repeat(widths[i] - length(cell) + 2));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }
}
