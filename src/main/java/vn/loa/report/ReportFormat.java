package vn.loa.report;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import vn.loa.content.Channel;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.SendProgress;
import vn.loa.guard.SpreadsheetCells;
import vn.loa.i18n.Messages;

/** A report as Markdown, CSV or a printable HTML page. */
public enum ReportFormat {
    MD, CSV, HTML;

    /** The columns of the table, {@code report.column.NAME}; the CSV keeps its own fixed names for scripts. */
    private static final List<String> HEADER = List.of("unit", "items", "bulletin_issues", "feed_sent", "email_sent",
            "email_failed", "email_dead", "chat_sent", "chat_failed", "chat_dead", "recipients");

    public static ReportFormat of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    public String render(Report report) {
        return switch (this) {
            case MD -> markdown(report);
            case CSV -> csv(report);
            case HTML -> html(report);
        };
    }

    private static List<String> cells(UnitFigures f) {
        return List.of(f.name() + " (" + f.unitId() + ")", n(f.items()), n(f.bulletinIssues()),
                n(f.count(Channel.FEED, DeliveryStatus.SENT)),
                n(f.count(Channel.EMAIL, DeliveryStatus.SENT)), n(f.count(Channel.EMAIL, DeliveryStatus.FAILED)),
                n(f.count(Channel.EMAIL, DeliveryStatus.DEAD)),
                n(f.count(Channel.CHAT, DeliveryStatus.SENT)), n(f.count(Channel.CHAT, DeliveryStatus.FAILED)),
                n(f.count(Channel.CHAT, DeliveryStatus.DEAD)), n(f.recipients()));
    }

    private static final List<String> PROGRESS_HEADER = List.of("progress.content", "progress.channel",
            "progress.target", "progress.sent", "progress.failed", "progress.rate", "progress.left");

    private static List<String> headings(List<String> names) {
        return names.stream().map(n -> Messages.t("report.column." + n)).toList();
    }

    private static List<String> progressCells(SendProgress p) {
        Duration left = p.timeLeft();
        return List.of(p.contentId(), p.channel().key(), p.target(), n(p.sent()) + " / " + n(p.total()), n(p.failed()),
                p.rate(), left == null ? Messages.t("report.progress.waiting")
                        : Messages.t("report.progress.about", SendProgress.duration(left)));
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static String title(Report report) {
        return Messages.t("report.title", report.period().label(), report.period().first().toString(),
                report.period().last().toString());
    }

    private static String footer(Report report) {
        return Messages.t("report.footer", report.zone(), DateTimeFormatter.ISO_INSTANT.format(report.generatedAt()));
    }

    private static String markdown(Report report) {
        StringBuilder out = new StringBuilder("# " + title(report) + "\n\n");
        out.append("| ").append(String.join(" | ", headings(HEADER))).append(" |\n|");
        out.append("---|".repeat(HEADER.size())).append('\n');
        for (UnitFigures f : report.units()) {
            List<String> cells = new ArrayList<>(cells(f));
            cells.replaceAll(c -> c.replace("|", "\\|"));
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        if (!report.inProgress().isEmpty()) {
            out.append("\n## ").append(Messages.t("report.in_progress")).append("\n\n| ")
                    .append(String.join(" | ", headings(PROGRESS_HEADER))).append(" |\n|")
                    .append("---|".repeat(PROGRESS_HEADER.size())).append('\n');
            for (SendProgress p : report.inProgress()) {
                List<String> cells = new ArrayList<>(progressCells(p));
                cells.replaceAll(c -> c.replace("|", "\\|"));
                out.append("| ").append(String.join(" | ", cells)).append(" |\n");
            }
        }
        out.append('\n').append(footer(report)).append('\n');
        return out.toString();
    }

    private static String csv(Report report) {
        StringBuilder out = new StringBuilder("period,unit_id,unit_name,items,bulletin_issues,feed_sent,email_sent,"
                + "email_failed,email_dead,chat_sent,chat_failed,chat_dead,recipients\n");
        for (UnitFigures f : report.units()) {
            List<String> cells = new ArrayList<>(cells(f));
            cells.set(0, quote(SpreadsheetCells.neutralise(f.name())));
            out.append(report.period().label()).append(',').append(f.unitId()).append(',')
                    .append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String inProgressHtml(Report report) {
        if (report.inProgress().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h2 style=\"font-size:14pt\">" + Entities.escape(Messages.t("report.in_progress"))
                + "</h2><table><thead><tr>");
        headings(PROGRESS_HEADER).forEach(h -> out.append("<th scope=\"col\">").append(Entities.escape(h)).append("</th>"));
        out.append("</tr></thead><tbody>\n");
        for (SendProgress p : report.inProgress()) {
            List<String> cells = progressCells(p);
            out.append("<tr>");
            for (int i = 0; i < cells.size(); i++) {
                out.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(Entities.escape(cells.get(i)))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody></table>").toString();
    }

    private static String html(Report report) {
        StringBuilder rows = new StringBuilder();
        for (UnitFigures f : report.units()) {
            rows.append("<tr>");
            List<String> cells = cells(f);
            for (int i = 0; i < cells.size(); i++) {
                rows.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(Entities.escape(cells.get(i)))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            rows.append("</tr>\n");
        }
        StringBuilder head = new StringBuilder();
        headings(HEADER).forEach(h -> head.append("<th scope=\"col\">").append(Entities.escape(h)).append("</th>"));
        return "<!DOCTYPE html>\n<html lang=\"" + Messages.current().language() + "\"><head><meta charset=\"utf-8\"><title>" + Entities.escape(title(report))
                + "</title><style>body{font-family:'Times New Roman',serif;margin:2cm;color:#000}"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:4px 6px;text-align:right}"
                + "th[scope=row]{text-align:left;font-weight:normal}@media print{body{margin:1cm}}</style></head><body>"
                + "<h1 style=\"font-size:16pt\">" + Entities.escape(title(report)) + "</h1>"
                + "<table><thead><tr>" + head + "</tr></thead><tbody>\n" + rows + "</tbody></table>"
                + inProgressHtml(report)
                + "<p>" + Entities.escape(footer(report)) + "</p></body></html>\n";
    }
}
