package vn.loa.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import vn.loa.config.LoaConfig;
import vn.loa.i18n.Messages;
import vn.loa.report.Period;
import vn.loa.report.PeriodRule;
import vn.loa.report.Report;
import vn.loa.report.ReportFormat;
import vn.loa.report.ReportRequest;
import vn.loa.report.ReportTable;
import vn.loa.report.Reports;
import vn.loa.storage.Json;

/**
 * {@code GET /api/report?period=2026-Q3&unit=U&format=md|csv|html|docx|xlsx}, with {@code calendar=true},
 * {@code lang=vi|en}, {@code number}, {@code date}, {@code table} (CSV), {@code place}, {@code signer_authority},
 * {@code signer_title}, {@code signer_name}, {@code to} and {@code recipient} (repeated); behind {@link ReportAccess}.
 * The file comes with a {@code Content-Disposition} naming it {@code bao-cao-UNIT-PERIOD.EXT}.
 */
public final class ReportEndpoint {

    private final Reports reports;
    private final ReportAccess access;
    private final LoaConfig config;

    public ReportEndpoint(Reports reports, ReportAccess access, LoaConfig config) {
        this.reports = reports;
        this.access = access;
        this.config = config;
    }

    public void report(Exchange exchange) {
        Message in = exchange.getMessage();
        String unit = blankToNull(in.getHeader("unit", String.class));
        if (!access.allows(exchange, unit)) {
            return;
        }
        try {
            ReportFormat format = ReportFormat.of(in.getHeader("format", "html", String.class));
            boolean calendar = in.getHeader("calendar", config.report().calendar(), Boolean.class);
            Period period = Period.parse(in.getHeader("period", String.class),
                    new PeriodRule(calendar, config.report().cutoffDay()));
            String table = blankToNull(in.getHeader("table", String.class));
            if (table != null && !ReportTable.KEYS.contains(table)) {
                throw new IllegalArgumentException(Messages.t("report.table.unknown", table, String.join(", ", ReportTable.KEYS)));
            }
            ReportRequest request = ReportRequest.of(period, unit).withLanguage(language(in.getHeader("lang", String.class)))
                    .withNumber(blankToNull(in.getHeader("number", String.class)))
                    .withDate(date(in.getHeader("date", String.class)))
                    .withLetterhead(blankToNull(in.getHeader("place", String.class)),
                            blankToNull(in.getHeader("signer_authority", String.class)),
                            blankToNull(in.getHeader("signer_title", String.class)),
                            blankToNull(in.getHeader("signer_name", String.class)),
                            values(in.getHeader("to")), values(in.getHeader("recipient")));
            Report report = reports.build(request);
            byte[] body = format.bytes(report, table);
            HttpResponses.send(exchange, 200, format.contentType(), body);
            in.setHeader("Content-Disposition", (format == ReportFormat.HTML ? "inline" : "attachment")
                    + "; filename=\"" + fileName(unit, period, format) + "\"");
        } catch (IllegalArgumentException e) {
            HttpResponses.send(exchange, 400, "application/json; charset=utf-8", Json.write(Map.of("error", e.getMessage())));
        }
    }

    /** {@code bao-cao-bnv-2026-Q3.docx}; {@code tat-ca} for every unit. */
    static String fileName(String unit, Period period, ReportFormat format) {
        return "bao-cao-" + (unit == null ? "tat-ca" : unit) + "-" + period.label().replace("..", "_")
                + "." + format.extension();
    }

    private static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String l = lang.strip().toLowerCase(Locale.ROOT);
        if (!l.equals(Messages.VIETNAMESE) && !l.equals(Messages.ENGLISH)) {
            throw new IllegalArgumentException(Messages.t("report.lang.unknown", lang));
        }
        return l;
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.t("report.date.invalid", text));
        }
    }

    /** A repeated query parameter: one value or several; null when absent. */
    private static List<String> values(Object header) {
        if (header == null) {
            return null;
        }
        if (header instanceof List<?> list) {
            return list.stream().map(String::valueOf).filter(v -> !v.isBlank()).toList();
        }
        String v = header.toString();
        return v.isBlank() ? List.of() : List.of(v);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
