package vn.loa.report;

import java.util.ArrayList;
import java.util.List;

/** A report as Markdown: the letterhead as lines, each section a heading, each table a pipe table. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(ReportText t) {
        StringBuilder out = new StringBuilder();
        out.append(t.nation()).append("  \n**").append(t.motto()).append("**\n\n");
        if (t.parentName() != null) {
            out.append(t.parentName()).append("  \n");
        }
        out.append("**").append(t.issuerName()).append("**  \n").append(t.number()).append("\n\n");
        out.append('*').append(t.placeAndDate()).append("*\n\n");
        out.append("# ").append(t.type()).append("\n\n**").append(t.subject()).append("**\n\n");
        out.append(t.covers()).append("\n\n");
        if (!t.to().isEmpty()) {
            out.append(t.toLabel()).append("  \n").append(String.join("  \n", t.to())).append("\n\n");
        }
        out.append(t.intro()).append("\n\n");
        for (ReportText.Section s : t.sections()) {
            out.append("## ").append(s.title()).append("\n\n");
            s.paragraphs().forEach(p -> out.append(p).append("\n\n"));
            for (ReportTable table : s.tables()) {
                if (s.tables().size() > 1) {
                    out.append("### ").append(table.title()).append("\n\n");
                }
                table(out, t, table);
            }
        }
        out.append(t.closing()).append("\n\n");
        List<String> signer = t.signer();
        signer.stream().filter(l -> l != null).forEach(l -> out.append("**").append(l).append("**  \n"));
        out.append('\n').append("***").append(t.recipientsLabel()).append("***  \n")
                .append(String.join("  \n", t.recipients())).append("\n\n");
        ReportTable progress = t.inProgress();
        if (progress != null) {
            out.append("## ").append(progress.title()).append("\n\n");
            table(out, t, progress);
        }
        out.append('_').append(t.generated()).append("_\n");
        return out.toString();
    }

    private static void table(StringBuilder out, ReportText t, ReportTable table) {
        if (table.rows().isEmpty() && table.total() == null) {
            out.append(t.messages().get("report.table.none")).append("\n\n");
            return;
        }
        out.append("| ").append(String.join(" | ", escape(table.header()))).append(" |\n|");
        for (int i = 0; i < table.header().size(); i++) {
            out.append(table.numeric(i) ? "---:|" : "---|");
        }
        out.append('\n');
        for (int r = 0; r < table.rows().size(); r++) {
            row(out, t, table.rows().get(r), table.depths().get(r), false);
        }
        if (table.total() != null) {
            row(out, t, table.total(), 0, true);
        }
        out.append('\n');
    }

    private static void row(StringBuilder out, ReportText t, List<Object> cells, int depth, boolean bold) {
        List<String> text = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = t.cell(cells.get(i));
            if (i == 0 && depth > 0) {
                cell = "— ".repeat(depth) + cell;
            }
            text.add(bold && !cell.isEmpty() ? "**" + cell + "**" : cell);
        }
        out.append("| ").append(String.join(" | ", escape(text))).append(" |\n");
    }

    private static List<String> escape(List<String> cells) {
        return cells.stream().map(c -> c.replace("|", "\\|").replace("\n", " ")).toList();
    }
}
