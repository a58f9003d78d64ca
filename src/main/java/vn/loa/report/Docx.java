package vn.loa.report;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The Word building blocks of an administrative document: A4 page, Times New Roman runs, tables, rules. */
final class Docx {

    static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    /** Decree 30/2020 margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** First-line indent of body paragraphs: 1 cm. */
    static final int INDENT = mm(10);

    private Docx() {
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    /** A4 portrait, the decree's margins, and the page number centred in the top margin from the second page. */
    static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(mm(10)));
        mar.setFooter(BigInteger.valueOf(mm(10)));
        mar.setGutter(BigInteger.ZERO);
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR r = field.addNewR();
        r.addNewRPr().addNewRFonts().setAscii(FONT);
        r.getRPr().getRFontsArray(0).setHAnsi(FONT);
        r.getRPr().addNewSz().setVal(BigInteger.valueOf(26));
        r.addNewT().setStringValue("2");
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    static XWPFParagraph paragraph(XWPFParagraph p, ParagraphAlignment align, int before, int after) {
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
        return r;
    }

    /** An empty paragraph whose bottom border draws a rule {@code length} long, centred in {@code width}. */
    static void rule(XWPFParagraph p, int width, int length) {
        paragraph(p, ParagraphAlignment.CENTER, 0, 0);
        int side = Math.max(0, (width - length) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setSpacingBetween(2, LineSpacingRule.EXACT);
        p.setBorderBottom(Borders.SINGLE);
        run(p, "", 2, false, false);
    }

    /**
     * The width Times New Roman gives {@code text} at {@code size} points, in twentieths of a point, roughly: capitals
     * and bold are wider. Word draws rules as borders, which cannot follow the text, so their length is estimated.
     */
    static int textWidth(String text, int size, boolean bold) {
        double ems = 0;
        for (char c : text.toCharArray()) {
            ems += c == ' ' ? 0.25 : Character.isUpperCase(c) ? 0.70 : Character.isDigit(c) ? 0.5 : 0.47;
        }
        return (int) Math.round(ems * size * 20 * (bold ? 1.05 : 1.0));
    }

    /** A table of fixed column widths (twentieths of a point), with or without borders. */
    static XWPFTable table(XWPFDocument doc, int rows, int[] widths, boolean borders) {
        XWPFTable t = doc.createTable(rows, widths.length);
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        t.setWidth(String.valueOf(total));
        pr.getTblW().setType(STTblWidth.DXA);
        t.setTableAlignment(TableRowAlign.CENTER);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                cell.setWidth(String.valueOf(widths[c]));
                cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
            }
        }
        if (!borders) {
            t.removeBorders();
        } else {
            t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        }
        t.setCellMargins(0, 60, 0, 60);
        return t;
    }

    /** The cell's only paragraph, emptied, for writing into. */
    static XWPFParagraph first(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        while (!p.getRuns().isEmpty()) {
            p.removeRun(0);
        }
        return p;
    }
}
