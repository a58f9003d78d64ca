package vn.loa.web;

import java.util.Map;
import org.apache.camel.Exchange;
import vn.loa.i18n.Messages;
import vn.loa.report.Period;
import vn.loa.report.ReportFormat;
import vn.loa.report.Reports;
import vn.loa.storage.Json;

/** {@code GET /api/report?period=2026-Q3&unit=U&format=md|csv|html}, behind the admin bearer token. */
public final class ReportEndpoint {

    private final Reports reports;
    private final AdminAuth auth;

    public ReportEndpoint(Reports reports, AdminAuth auth) {
        this.reports = reports;
        this.auth = auth;
    }

    public void report(Exchange exchange) {
        if (!auth.allows(exchange)) {
            return;
        }
        var in = exchange.getMessage();
        String format = in.getHeader("format", "html", String.class);
        try {
            ReportFormat as = ReportFormat.of(format);
            String body = as.render(reports.build(Period.parse(in.getHeader("period", String.class)),
                    in.getHeader("unit", String.class)));
            String type = switch (as) {
                case MD -> "text/markdown; charset=utf-8";
                case CSV -> "text/csv; charset=utf-8";
                case HTML -> "text/html; charset=utf-8";
            };
            HttpResponses.send(exchange, 200, type, body);
        } catch (IllegalArgumentException e) {
            HttpResponses.send(exchange, 400, "application/json; charset=utf-8",
                    Json.write(Map.of("error", e.getMessage().startsWith("No enum") ? Messages.t("web.api.report_format")
                            : e.getMessage())));
        }
    }
}
