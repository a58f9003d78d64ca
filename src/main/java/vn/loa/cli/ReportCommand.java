package vn.loa.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.loa.config.LoaConfig;
import vn.loa.i18n.Messages;
import vn.loa.report.Period;
import vn.loa.report.PeriodRule;
import vn.loa.report.Report;
import vn.loa.report.ReportFormat;
import vn.loa.report.ReportRequest;
import vn.loa.report.ReportTable;
import vn.loa.report.Reports;
import vn.loa.storage.Database;

/** {@code loa report}: the periodic report a unit files, as a document, a spreadsheet annex or text. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "The quarterly, half-year, nine-month and annual report a unit files: what it published and "
                + "delivered, per unit (rolled up into parents) and channel, its lists, failures, items and bulletin "
                + "issues, laid out as an administrative report (Decree 30/2020/NĐ-CP).")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    LoaCommand loa;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "P",
            description = "2026-Q3, 2026-H1, 2026-9M, 2026, 2026-07 or FROM..TO (2026-07-01..2026-09-30); months, "
                    + "quarters, halves and years follow the data cut-off of Decree 09/2019/NĐ-CP (report.cutoff_day)")
    String period;

    @Option(names = "--calendar", description = "calendar dates for the period (2026-Q3: 1 July to 30 September)")
    boolean calendar;

    @Option(names = "--unit", paramLabel = "U", description = "only this unit (with its units below)")
    String unit;

    @Option(names = "--format", paramLabel = "F",
            description = "md, csv, html, docx or xlsx (default: from --output's extension, else md)")
    String format;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Option(names = "--lang", paramLabel = "L", description = "vi or en (default: site.language or LOA_LANG)")
    String lang;

    @Option(names = "--table", paramLabel = "T", description = "CSV: only this table (units, channels, lists, "
            + "failures, items, issues, in-progress), header first")
    String table;

    @Option(names = "--number", paramLabel = "N", description = "the number given by the clerk (12, or 12/BC-BNV); "
            + "default: left blank to fill in")
    String number;

    @Option(names = "--date", paramLabel = "D", description = "the document's date (2026-12-15; default today)")
    String date;

    @Option(names = "--place", paramLabel = "PLACE", description = "place name before the date")
    String place;

    @Option(names = "--signer-authority", paramLabel = "TEXT", description = "line above the signer's title (KT. GIÁM ĐỐC)")
    String signerAuthority;

    @Option(names = "--signer-title", paramLabel = "TEXT", description = "the signer's position")
    String signerTitle;

    @Option(names = "--signer-name", paramLabel = "NAME", description = "the signer's full name")
    String signerName;

    @Option(names = "--to", paramLabel = "BODY", description = "an addressee (Kính gửi); repeat for several")
    List<String> to;

    @Option(names = "--recipient", paramLabel = "LINE", description = "a line of Nơi nhận; repeat for several")
    List<String> recipients;

    @Override
    public Integer call() throws IOException {
        LoaConfig config = loa.loadConfig();
        ReportFormat as = format();
        ReportRequest request = request(config);
        if (table != null && !ReportTable.KEYS.contains(table)) {
            throw new LoaCommand.UserError("--table: " + Messages.t("report.table.unknown", table,
                    String.join(", ", ReportTable.KEYS)));
        }
        if (as.isBinary() && output == null && System.console() != null) {
            throw new LoaCommand.UserError("--output: " + Messages.t("report.output.binary", as.extension()));
        }
        Report report;
        try (Database db = Database.open(config.storage())) {
            report = Reports.open(config, db, Clock.systemUTC()).build(request);
        } catch (IllegalArgumentException e) {
            throw new LoaCommand.UserError("--unit: " + e.getMessage());
        }
        if (output != null) {
            try (OutputStream out = Files.newOutputStream(output)) {
                as.write(report, table, out);
            } catch (IOException e) {
                throw new LoaCommand.UserError("--output: " + Messages.t("report.output.cannotWrite", output, e.getMessage()));
            }
        } else if (as.isBinary()) {
            spec.commandLine().getOut().flush();
            as.write(report, table, System.out);
            System.out.flush();
        } else {
            spec.commandLine().getOut().print(as.render(report, table));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private ReportFormat format() {
        try {
            if (format != null) {
                return ReportFormat.of(format);
            }
            ReportFormat byName = output == null ? null : ReportFormat.ofFileName(output.getFileName().toString());
            return byName == null ? ReportFormat.MD : byName;
        } catch (IllegalArgumentException e) {
            throw new LoaCommand.UserError("--format: " + e.getMessage());
        }
    }

    private ReportRequest request(LoaConfig config) {
        Period parsed;
        try {
            parsed = Period.parse(period, new PeriodRule(calendar || config.report().calendar(), config.report().cutoffDay()));
        } catch (IllegalArgumentException e) {
            throw new LoaCommand.UserError("--period: " + e.getMessage());
        }
        String language = null;
        if (lang != null) {
            language = lang.strip().toLowerCase(Locale.ROOT);
            if (!language.equals(Messages.VIETNAMESE) && !language.equals(Messages.ENGLISH)) {
                throw new LoaCommand.UserError("--lang: " + Messages.t("report.lang.unknown", lang));
            }
        }
        LocalDate day = null;
        if (date != null) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new LoaCommand.UserError("--date: " + Messages.t("report.date.invalid", date));
            }
        }
        return ReportRequest.of(parsed, unit).withLanguage(language).withNumber(number).withDate(day)
                .withLetterhead(place, signerAuthority, signerTitle, signerName, to, recipients);
    }
}
