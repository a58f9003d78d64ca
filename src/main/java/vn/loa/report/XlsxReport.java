package vn.loa.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as a spreadsheet annex: a first sheet with the heading, the period and the summary, then one sheet per
 * table with its header row frozen, numbers as numbers and dates as dates, in Times New Roman.
 */
final class XlsxReport {

    private XlsxReport() {
    }

    static void write(ReportText t, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet cover = book.createSheet(WorkbookUtil.createSafeSheetName(t.type()));
            cover.setColumnWidth(0, 110 * 256);
            int r = 0;
            if (t.parentName() != null) {
                text(cover, r++, t.parentName(), styles.plain);
            }
            text(cover, r++, t.issuerName(), styles.bold);
            text(cover, r++, t.number(), styles.plain);
            text(cover, r++, t.placeAndDate(), styles.italic);
            r++;
            text(cover, r++, t.type(), styles.bold);
            text(cover, r++, t.subject(), styles.bold);
            text(cover, r++, t.covers(), styles.italic);
            r++;
            for (String p : t.summary()) {
                text(cover, r++, p, styles.wrap);
            }
            r++;
            text(cover, r++, t.messages().get("report.rollup"), styles.wrap);
            text(cover, r, t.generated(), styles.italic);
            for (ReportTable table : t.tables()) {
                sheet(book, styles, t, table);
            }
            book.write(out);
        }
    }

    private static void text(Sheet sheet, int row, String value, CellStyle style) {
        Cell cell = sheet.createRow(row).createCell(0);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void sheet(XSSFWorkbook book, Styles styles, ReportText t, ReportTable table) {
        String name = WorkbookUtil.createSafeSheetName(table.title());
        Sheet sheet = book.createSheet(book.getSheet(name) == null ? name : WorkbookUtil.createSafeSheetName(table.key()));
        Row head = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(table.header().get(c));
            cell.setCellStyle(styles.header);
            Object sample = table.rows().isEmpty() ? null : table.rows().get(0).get(c);
            sheet.setColumnWidth(c, 256 * (table.numeric(c) ? 14 : sample instanceof LocalDate ? 13
                    : table.key().equals("items") && c == 2 ? 70 : 36));
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (int i = 0; i < table.rows().size(); i++) {
            row(sheet.createRow(r++), styles, table.rows().get(i), table.depths().get(i), false);
        }
        if (table.total() != null) {
            row(sheet.createRow(r), styles, table.total(), 0, true);
        }
    }

    private static void row(Row row, Styles styles, List<Object> cells, int depth, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            Cell cell = row.createCell(c);
            if (value instanceof Integer n) {
                cell.setCellValue(n);
                cell.setCellStyle(bold ? styles.totalNumber : styles.number);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date);
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
                cell.setCellStyle(bold ? styles.totalText : c == 0 && depth > 0 ? styles.indented(depth) : styles.cell);
            }
        }
    }

    /** The few cell styles of the workbook (a workbook holds at most 64,000). */
    private static final class Styles {
        final XSSFWorkbook book;
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle wrap;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle number;
        final CellStyle date;
        final CellStyle totalText;
        final CellStyle totalNumber;
        final Map<Integer, CellStyle> indents = new HashMap<>();

        Styles(XSSFWorkbook book) {
            this.book = book;
            Font regular = font(false, false);
            Font strong = font(true, false);
            plain = style(regular, false);
            bold = style(strong, false);
            italic = style(font(false, true), false);
            wrap = style(regular, false);
            wrap.setWrapText(true);
            header = style(strong, true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            cell = style(regular, true);
            cell.setWrapText(true);
            number = style(regular, true);
            number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            date = style(regular, true);
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            totalText = style(strong, true);
            totalNumber = style(strong, true);
            totalNumber.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        }

        CellStyle indented(int depth) {
            return indents.computeIfAbsent(depth, d -> {
                CellStyle s = book.createCellStyle();
                s.cloneStyleFrom(cell);
                s.setIndention((short) Math.min(d * 2, 15));
                return s;
            });
        }

        private Font font(boolean bold, boolean italic) {
            Font f = book.createFont();
            f.setFontName(Docx.FONT);
            f.setFontHeightInPoints((short) 12);
            f.setBold(bold);
            f.setItalic(italic);
            return f;
        }

        private CellStyle style(Font font, boolean borders) {
            CellStyle s = book.createCellStyle();
            s.setFont(font);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            if (borders) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }
    }
}
