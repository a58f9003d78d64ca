package vn.loa.report;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * A report as one printable HTML page in the layout of an administrative document (Decree 30/2020/NĐ-CP, Appendix
 * I): A4 with margins of 20 mm (top, bottom), 30 mm (left) and 15 mm (right), Times New Roman, page numbers centred
 * in the top margin from page 2. On screen the page is drawn as a sheet of the same size.
 */
final class HtmlReport {

    static final String CSS = """
            @page{size:A4 portrait;margin:20mm 15mm 20mm 30mm;\
            @top-center{content:counter(page);font:13pt 'Times New Roman','Liberation Serif','Tinos',serif;vertical-align:middle}}
            @page:first{@top-center{content:none}}
            html{background:#eee}
            body{margin:0;color:#000;font:14pt/1.3 'Times New Roman','Liberation Serif','Tinos',serif}
            .sheet{box-sizing:border-box;width:210mm;min-height:297mm;margin:0 auto;padding:20mm 15mm 20mm 30mm;background:#fff}
            @media print{html{background:none}.sheet{width:auto;min-height:0;margin:0;padding:0}}
            table{border-collapse:collapse}
            .head{width:100%;table-layout:fixed;margin-bottom:6pt}
            .head td{vertical-align:top;text-align:center;padding:0;line-height:1.15}
            .head .left{width:38%}
            .parent{font-size:12pt}
            .issuer,.nation{font-size:12pt;font-weight:bold}
            .motto{font-size:13pt;font-weight:bold;display:inline-block;border-bottom:1px solid #000;padding-bottom:1pt}
            .ruled{display:inline-block}
            .ruled::after{content:"";display:block;width:40%;margin:2pt auto 0;border-top:1px solid #000}
            .number{font-size:13pt;padding-top:6pt!important}
            .date{font-style:italic;padding-top:6pt!important}
            h1{font-size:14pt;font-weight:bold;text-align:center;margin:18pt 0 0}
            .subject{font-weight:bold;text-align:center;margin:0 0 6pt}
            .covers{text-align:center;font-style:italic;margin:0 0 6pt}
            .to{margin:6pt 0 6pt 20%}
            .to p{margin:0}
            p.body{text-align:justify;text-indent:1cm;margin:6pt 0}
            h2{font-size:14pt;font-weight:bold;margin:12pt 0 6pt;break-after:avoid}
            h3{font-size:14pt;font-weight:bold;margin:9pt 0 6pt;text-indent:1cm;break-after:avoid}
            .data{width:100%;font-size:11pt;line-height:1.2;margin:3pt 0 9pt}
            .data th,.data td{border:1px solid #000;padding:2pt 3pt;vertical-align:top;overflow-wrap:break-word}
            .data thead th{font-weight:bold;text-align:center;font-size:10pt}
            .data thead{display:table-header-group}
            .data tr{break-inside:avoid}
            .data .n{text-align:right;white-space:nowrap}
            .data .d{white-space:nowrap}
            .data .total td{font-weight:bold}
            .none{text-indent:1cm;margin:3pt 0 9pt}
            .sign{width:100%;table-layout:fixed;margin-top:12pt;break-inside:avoid}
            .sign td{vertical-align:top;padding:0}
            .sign .left{width:45%}
            .recipients-label{font-size:12pt;font-weight:bold;font-style:italic;margin:0}
            .recipients{font-size:11pt;margin:0;line-height:1.2}
            .signer{text-align:center;font-weight:bold;margin:0}
            .signature{height:28mm}
            .annex{break-before:page}
            .generated{font-size:11pt;font-style:italic;margin-top:18pt}
            """;

    private HtmlReport() {
    }

    static String render(ReportText t) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(t.messages().language())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
                .append(e(t.type() + " " + t.subject())).append("</title><style>").append(CSS)
                .append("</style></head><body><main class=\"sheet\">\n");
        out.append("<table class=\"head\" role=\"presentation\"><tr><td class=\"left\">");
        if (t.parentName() != null) {
            out.append("<div class=\"parent\">").append(e(t.parentName())).append("</div>");
        }
        out.append("<div class=\"issuer ruled\">").append(e(t.issuerName())).append("</div></td>")
                .append("<td><div class=\"nation\">").append(e(t.nation())).append("</div><span class=\"motto\">")
                .append(e(t.motto())).append("</span></td></tr>\n<tr><td class=\"number\">").append(e(t.number()))
                .append("</td><td class=\"date\">").append(e(t.placeAndDate())).append("</td></tr></table>\n");
        out.append("<h1>").append(e(t.type())).append("</h1>\n<p class=\"subject\"><span class=\"ruled\">")
                .append(e(t.subject())).append("</span></p>\n<p class=\"covers\">").append(e(t.covers())).append("</p>\n");
        if (!t.to().isEmpty()) {
            out.append("<div class=\"to\">");
            List<String> to = t.to();
            for (int i = 0; i < to.size(); i++) {
                out.append("<p>").append(i == 0 ? e(t.toLabel()) + " " : "").append(e(to.get(i))).append("</p>");
            }
            out.append("</div>\n");
        }
        out.append("<p class=\"body\">").append(e(t.intro())).append("</p>\n");
        for (ReportText.Section s : t.sections()) {
            out.append("<h2>").append(e(s.title())).append("</h2>\n");
            s.paragraphs().forEach(p -> out.append("<p class=\"body\">").append(e(p)).append("</p>\n"));
            for (ReportTable table : s.tables()) {
                if (s.tables().size() > 1) {
                    out.append("<h3>").append(e(table.title())).append("</h3>\n");
                }
                table(out, t, table);
            }
        }
        out.append("<p class=\"body\">").append(e(t.closing())).append("</p>\n");
        out.append("<table class=\"sign\" role=\"presentation\"><tr><td class=\"left\"><p class=\"recipients-label\">")
                .append(e(t.recipientsLabel())).append("</p>");
        t.recipients().forEach(r -> out.append("<p class=\"recipients\">").append(e(r)).append("</p>"));
        out.append("</td><td>");
        for (String line : t.signer()) {
            out.append(line == null ? "<div class=\"signature\"></div>" : "<p class=\"signer\">" + e(line) + "</p>");
        }
        out.append("</td></tr></table>\n");
        ReportTable progress = t.inProgress();
        if (progress != null) {
            out.append("<section class=\"annex\"><h2>").append(e(progress.title())).append("</h2>\n");
            table(out, t, progress);
            out.append("</section>\n");
        }
        out.append("<p class=\"generated\">").append(e(t.generated())).append("</p>\n</main></body></html>\n");
        return out.toString();
    }

    private static void table(StringBuilder out, ReportText t, ReportTable table) {
        if (table.rows().isEmpty() && table.total() == null) {
            out.append("<p class=\"none\">").append(e(t.messages().get("report.table.none"))).append("</p>\n");
            return;
        }
        out.append("<table class=\"data\" data-table=\"").append(table.key()).append("\"><thead><tr>");
        table.header().forEach(h -> out.append("<th scope=\"col\">").append(e(h)).append("</th>"));
        out.append("</tr></thead><tbody>\n");
        for (int r = 0; r < table.rows().size(); r++) {
            row(out, t, table, table.rows().get(r), table.depths().get(r), "");
        }
        if (table.total() != null) {
            row(out, t, table, table.total(), 0, " class=\"total\"");
        }
        out.append("</tbody></table>\n");
    }

    private static void row(StringBuilder out, ReportText t, ReportTable table, List<Object> cells, int depth, String cls) {
        out.append("<tr").append(cls).append('>');
        for (int i = 0; i < cells.size(); i++) {
            String style = i == 0 && depth > 0 ? " style=\"padding-left:" + (3 + 10 * depth) + "pt\"" : "";
            String type = table.numeric(i) ? " class=\"n\"" : cells.get(i) instanceof LocalDate ? " class=\"d\"" : "";
            out.append("<td").append(type).append(style).append('>')
                    .append(e(t.cell(cells.get(i)))).append("</td>");
        }
        out.append("</tr>\n");
    }

    private static String e(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
