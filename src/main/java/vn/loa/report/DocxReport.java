package vn.loa.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A report as an editable Word document laid out per Decree 30/2020/NĐ-CP, Appendix I: national heading and motto
 * (12 and 13 pt bold) opposite the governing and issuing body (12 pt, the issuer bold), number and symbol (13 pt),
 * place and date (14 pt italic), "BÁO CÁO" and its subject (14 pt bold), the body in 14 pt justified with a 1 cm
 * first-line indent, the tables in 11 pt, "Nơi nhận" (12 pt bold italic, its lines 11 pt) beside the signer block
 * (14 pt bold).
 */
final class DocxReport {

    private static final int LEFT = Docx.mm(62);
    private static final int RIGHT = Docx.TEXT_WIDTH - LEFT;
    private static final int BODY = 14;
    private static final int TABLE = 11;

    private DocxReport() {
    }

    static void write(ReportText t, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx.page(doc);
            heading(doc, t);
            XWPFParagraph type = Docx.paragraph(doc.createParagraph(), ParagraphAlignment.CENTER, 360, 0);
            Docx.run(type, t.type(), BODY, true, false);
            XWPFParagraph subject = Docx.paragraph(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 0);
            Docx.run(subject, t.subject(), BODY, true, false);
            Docx.rule(doc.createParagraph(), Docx.TEXT_WIDTH,
                    Math.min(Docx.TEXT_WIDTH, Docx.textWidth(t.subject(), BODY, true)) * 2 / 5);
            Docx.run(Docx.paragraph(doc.createParagraph(), ParagraphAlignment.CENTER, 120, 120), t.covers(), 13, false, true);
            List<String> to = t.to();
            for (int i = 0; i < to.size(); i++) {
                XWPFParagraph p = Docx.paragraph(doc.createParagraph(), ParagraphAlignment.LEFT, i == 0 ? 120 : 0, 0);
                p.setIndentationLeft(Docx.mm(45));
                Docx.run(p, (i == 0 ? t.toLabel() + " " : "") + to.get(i), BODY, false, false);
            }
            body(doc, t.intro());
            for (ReportText.Section s : t.sections()) {
                XWPFParagraph h = Docx.paragraph(doc.createParagraph(), ParagraphAlignment.LEFT, 240, 120);
                h.setKeepNext(true);
                h.setIndentationFirstLine(Docx.INDENT);
                Docx.run(h, s.title(), BODY, true, false);
                s.paragraphs().forEach(p -> body(doc, p));
                for (ReportTable table : s.tables()) {
                    if (s.tables().size() > 1) {
                        XWPFParagraph k = Docx.paragraph(doc.createParagraph(), ParagraphAlignment.LEFT, 180, 120);
                        k.setKeepNext(true);
                        k.setIndentationFirstLine(Docx.INDENT);
                        Docx.run(k, table.title(), BODY, true, false);
                    }
                    table(doc, t, table);
                }
            }
            body(doc, t.closing());
            signature(doc, t);
            ReportTable progress = t.inProgress();
            if (progress != null) {
                XWPFParagraph h = Docx.paragraph(doc.createParagraph(), ParagraphAlignment.LEFT, 0, 120);
                h.setPageBreak(true);
                Docx.run(h, progress.title(), BODY, true, false);
                table(doc, t, progress);
            }
            Docx.run(Docx.paragraph(doc.createParagraph(), ParagraphAlignment.LEFT, 240, 0), t.generated(), TABLE, false, true);
            doc.write(out);
        }
    }

    /** Ô 1–4: the bodies on the left, the national heading on the right; number and symbol opposite place and date. */
    private static void heading(XWPFDocument doc, ReportText t) {
        XWPFTable head = Docx.table(doc, 2, new int[] {LEFT, RIGHT}, false);
        XWPFTableCell left = head.getRow(0).getCell(0);
        XWPFParagraph p = Docx.paragraph(Docx.first(left), ParagraphAlignment.CENTER, 0, 0);
        if (t.parentName() != null) {
            Docx.run(p, t.parentName(), 12, false, false);
            p = Docx.paragraph(left.addParagraph(), ParagraphAlignment.CENTER, 0, 0);
        }
        Docx.run(p, t.issuerName(), 12, true, false);
        Docx.rule(left.addParagraph(), LEFT, Math.min(LEFT, Docx.textWidth(t.issuerName(), 12, true)) * 2 / 5);
        XWPFTableCell right = head.getRow(0).getCell(1);
        Docx.run(Docx.paragraph(Docx.first(right), ParagraphAlignment.CENTER, 0, 0), t.nation(), 12, true, false);
        Docx.run(Docx.paragraph(right.addParagraph(), ParagraphAlignment.CENTER, 0, 0), t.motto(), 13, true, false);
        Docx.rule(right.addParagraph(), RIGHT, Docx.textWidth(t.motto(), 13, true));
        Docx.run(Docx.paragraph(Docx.first(head.getRow(1).getCell(0)), ParagraphAlignment.CENTER, 120, 0), t.number(),
                13, false, false);
        Docx.run(Docx.paragraph(Docx.first(head.getRow(1).getCell(1)), ParagraphAlignment.CENTER, 120, 0),
                t.placeAndDate(), BODY, false, true);
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = Docx.paragraph(doc.createParagraph(), ParagraphAlignment.BOTH, 120, 0);
        p.setIndentationFirstLine(Docx.INDENT);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        Docx.run(p, text, BODY, false, false);
    }

    private static void table(XWPFDocument doc, ReportText t, ReportTable table) {
        if (table.rows().isEmpty() && table.total() == null) {
            body(doc, t.messages().get("report.table.none"));
            return;
        }
        int rows = 1 + table.rows().size() + (table.total() == null ? 0 : 1);
        XWPFTable x = Docx.table(doc, rows, widths(table), true);
        XWPFTableRow head = x.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < table.header().size(); c++) {
            Docx.run(Docx.paragraph(Docx.first(head.getCell(c)), ParagraphAlignment.CENTER, 0, 0), table.header().get(c),
                    TABLE - 1, true, false);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            row(x.getRow(r + 1), t, table, table.rows().get(r), table.depths().get(r), false);
        }
        if (table.total() != null) {
            row(x.getRow(rows - 1), t, table, table.total(), 0, true);
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void row(XWPFTableRow row, ReportText t, ReportTable table, List<Object> cells, int depth, boolean bold) {
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = Docx.paragraph(Docx.first(row.getCell(c)), table.numeric(c) ? ParagraphAlignment.RIGHT
                    : ParagraphAlignment.LEFT, 0, 0);
            if (c == 0 && depth > 0) {
                p.setIndentationLeft(Docx.mm(3) * depth);
            }
            Docx.run(p, t.cell(cells.get(c)), TABLE, bold, false);
        }
    }

    /** Column widths over the text width: numbers narrow, dates a little wider, text columns wide. */
    static int[] widths(ReportTable table) {
        int n = table.header().size();
        double[] weight = new double[n];
        double sum = 0;
        for (int c = 0; c < n; c++) {
            Object sample = table.rows().isEmpty() ? null : table.rows().get(0).get(c);
            weight[c] = table.numeric(c) ? 1.0 : sample instanceof LocalDate ? 1.45 : c == 0 ? 3.0 : 2.2;
            if (table.key().equals("items") && c == 2) {
                weight[c] = 4.5;
            }
            sum += weight[c];
        }
        int[] widths = new int[n];
        int used = 0;
        for (int c = 0; c < n; c++) {
            widths[c] = c == n - 1 ? Docx.TEXT_WIDTH - used : (int) Math.floor(Docx.TEXT_WIDTH * weight[c] / sum);
            used += widths[c];
        }
        return widths;
    }

    /** "Nơi nhận" on the left, level with the signer's title on the right. */
    private static void signature(XWPFDocument doc, ReportText t) {
        int left = Docx.mm(75);
        XWPFTable sign = Docx.table(doc, 1, new int[] {left, Docx.TEXT_WIDTH - left}, false);
        sign.getRow(0).setCantSplitRow(true);
        XWPFTableCell l = sign.getRow(0).getCell(0);
        Docx.run(Docx.paragraph(Docx.first(l), ParagraphAlignment.LEFT, 120, 0), t.recipientsLabel(), 12, true, true);
        for (String r : t.recipients()) {
            Docx.run(Docx.paragraph(l.addParagraph(), ParagraphAlignment.LEFT, 0, 0), r, 11, false, false);
        }
        XWPFTableCell r = sign.getRow(0).getCell(1);
        XWPFParagraph p = Docx.paragraph(Docx.first(r), ParagraphAlignment.CENTER, 120, 0);
        boolean first = true;
        for (String line : t.signer()) {
            if (!first) {
                p = Docx.paragraph(r.addParagraph(), ParagraphAlignment.CENTER, 0, 0);
            }
            first = false;
            if (line == null) {
                p.setSpacingBefore(Docx.mm(25));
                Docx.run(p, "", BODY, false, false);
                continue;
            }
            Docx.run(p, line, BODY, true, false);
        }
    }
}
