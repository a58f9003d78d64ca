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

/** A report as Markdown, CSV or a printable HTML page. */
public enum ReportFormat {
    MD, CSV, HTML;

    private static final List<String> HEADER = List.of("Đơn vị", "Tin bài", "Số bản tin", "Feed", "Email gửi",
            "Email lỗi", "Email hỏng", "Chat gửi", "Chat lỗi", "Chat hỏng", "Người nhận");

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

    private static final List<String> PROGRESS_HEADER = List.of("Tin bài", "Kênh", "Nơi nhận", "Đã gửi / tổng",
            "Lỗi", "Tốc độ (/giây)", "Còn lại");

    private static List<String> progressCells(SendProgress p) {
        Duration left = p.timeLeft();
        return List.of(p.contentId(), p.channel().key(), p.target(), n(p.sent()) + " / " + n(p.total()), n(p.failed()),
                p.rate(), left == null ? "đang chờ thử lại" : "khoảng " + SendProgress.duration(left));
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static String title(Report report) {
        return "Báo cáo thông tin, tuyên truyền CCHC — kỳ " + report.period().label() + " ("
                + report.period().first() + " đến " + report.period().last() + ")";
    }

    private static String markdown(Report report) {
        StringBuilder out = new StringBuilder("# " + title(report) + "\n\n");
        out.append("| ").append(String.join(" | ", HEADER)).append(" |\n|");
        out.append("---|".repeat(HEADER.size())).append('\n');
        for (UnitFigures f : report.units()) {
            List<String> cells = new ArrayList<>(cells(f));
            cells.replaceAll(c -> c.replace("|", "\\|"));
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        if (!report.inProgress().isEmpty()) {
            out.append("\n## Đang gửi\n\n| ").append(String.join(" | ", PROGRESS_HEADER)).append(" |\n|")
                    .append("---|".repeat(PROGRESS_HEADER.size())).append('\n');
            for (SendProgress p : report.inProgress()) {
                List<String> cells = new ArrayList<>(progressCells(p));
                cells.replaceAll(c -> c.replace("|", "\\|"));
                out.append("| ").append(String.join(" | ", cells)).append(" |\n");
            }
        }
        out.append("\nSố liệu của đơn vị cấp trên gồm cả các đơn vị trực thuộc. Múi giờ ").append(report.zone())
                .append("; lập lúc ").append(DateTimeFormatter.ISO_INSTANT.format(report.generatedAt())).append(".\n");
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
        StringBuilder out = new StringBuilder("<h2 style=\"font-size:14pt\">Đang gửi</h2><table><thead><tr>");
        PROGRESS_HEADER.forEach(h -> out.append("<th scope=\"col\">").append(Entities.escape(h)).append("</th>"));
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
        HEADER.forEach(h -> head.append("<th scope=\"col\">").append(Entities.escape(h)).append("</th>"));
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + Entities.escape(title(report))
                + "</title><style>body{font-family:'Times New Roman',serif;margin:2cm;color:#000}"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:4px 6px;text-align:right}"
                + "th[scope=row]{text-align:left;font-weight:normal}@media print{body{margin:1cm}}</style></head><body>"
                + "<h1 style=\"font-size:16pt\">" + Entities.escape(title(report)) + "</h1>"
                + "<table><thead><tr>" + head + "</tr></thead><tbody>\n" + rows + "</tbody></table>"
                + inProgressHtml(report)
                + "<p>Số liệu của đơn vị cấp trên gồm cả các đơn vị trực thuộc. Múi giờ " + Entities.escape(report.zone())
                + "; lập lúc " + DateTimeFormatter.ISO_INSTANT.format(report.generatedAt()) + ".</p></body></html>\n";
    }
}
