package vn.loa.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.loa.config.LoaConfig;
import vn.loa.content.Channel;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryFilter;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.SendProgress;
import vn.loa.guard.SpreadsheetCells;
import vn.loa.i18n.Messages;
import vn.loa.storage.Database;
import vn.loa.storage.Json;
import vn.loa.storage.Timestamps;

/** {@code loa log}: the delivery log as a table, CSV or JSON. */
@Command(name = "log", mixinStandardHelpOptions = true, description = "Print the delivery log (SPEC §8), filtered.")
final class LogCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @ParentCommand
    LoaCommand loa;

    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "ID", description = "only this content id")
    String content;

    @Option(names = "--channel", paramLabel = "C", description = "feed, email or chat")
    String channel;

    @Option(names = "--status", paramLabel = "S", description = "pending, sent, failed, dead or skipped")
    String status;

    @Option(names = "--since", paramLabel = "T",
            description = "only rows updated since T: an instant (2026-11-22T08:00:00Z), a local date or date-time "
                    + "in the site time zone (2026-11-22, 2026-11-22T08:00), or a duration back from now (PT1H, P1D)")
    String since;

    @Option(names = "--limit", paramLabel = "N", description = "at most N rows")
    Integer limit;

    @Option(names = "--progress", description = "instead of the rows, how far each send has come (sent/total, rate,"
            + " time left): the sends still in progress, or every send of --content")
    boolean progress;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        LoaConfig config = loa.loadConfig();
        if (limit != null && limit < 1) {
            throw new LoaCommand.UserError(Messages.t("cli.log.limit", limit));
        }
        if (progress) {
            return progress(config);
        }
        DeliveryFilter filter = new DeliveryFilter(content,
                channel == null ? null : parse(channel, "--channel", Channel::of,
                        Arrays.stream(Channel.values()).map(Channel::key).toList()),
                status == null ? null : parse(status, "--status", DeliveryStatus::of,
                        Arrays.stream(DeliveryStatus.values()).map(DeliveryStatus::key).toList()),
                since(config), limit);
        List<Delivery> rows;
        try (Database db = Database.open(config.storage())) {
            rows = DeliveryLog.open(db, Clock.systemUTC()).queries().find(filter);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(Json.writeWithNulls(rows.stream().map(Delivery::columns).toList()));
            case csv -> csv(out, rows);
            default -> {
                out.print(Table.render(columns("id", "content", "version", "channel", "kind", "target", "recipient", "status",
                        "attempts", "updated", "remote_id", "last_error"), rows.stream().map(LogCommand::cells).toList()));
                out.println(Messages.t("cli.log.count", rows.size()));
            }
        }
        out.flush();
        return 0;
    }

    private Integer progress(LoaConfig config) {
        List<SendProgress> sends;
        try (Database db = Database.open(config.storage())) {
            sends = DeliveryLog.open(db, Clock.systemUTC()).queries().progress(content);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(Json.writeWithNulls(sends.stream().map(SendProgress::columns).toList()));
            case csv -> {
                out.println(String.join(",", sends.isEmpty() ? PROGRESS_COLUMNS : sends.get(0).columns().keySet()));
                for (SendProgress p : sends) {
                    out.println(String.join(",", p.columns().values().stream()
                            .map(v -> csvCell(v == null ? "" : v.toString())).toList()));
                }
            }
            default -> {
                out.print(Table.render(columns("content", "version", "channel", "target", "sent", "total", "failed",
                        "skipped", "pending", "per_second", "time_left", "last_sent"), sends.stream().map(p -> new String[] {
                        p.contentId(), p.version().substring(0, Math.min(12, p.version().length())), p.channel().key(),
                        p.target(), Integer.toString(p.sent()), Integer.toString(p.total()), Integer.toString(p.failed()),
                        Integer.toString(p.skipped()), Integer.toString(p.pending()), p.rate(),
                        p.finished() ? Messages.t("cli.log.finished") : p.timeLeft() == null ? Messages.t("cli.log.waiting")
                                : SendProgress.duration(p.timeLeft()),
                        p.lastSentAt() == null ? "" : Timestamps.format(p.lastSentAt())}).toList()));
                out.println(content == null ? Messages.t("cli.log.sends_in_progress", sends.size())
                        : Messages.t("cli.log.sends_of", sends.size(), content));
            }
        }
        out.flush();
        return 0;
    }

    private static final List<String> PROGRESS_COLUMNS = List.of("content_id", "content_version", "channel", "target",
            "total", "sent", "failed", "skipped", "pending", "per_second", "seconds_left", "first_sent_at", "last_sent_at");

    /** The table's column headings, from {@code cli.log.column.NAME}. */
    private static List<String> columns(String... names) {
        return Arrays.stream(names).map(n -> Messages.t("cli.log.column." + n)).toList();
    }

    private static <T> T parse(String value, String option, java.util.function.Function<String, T> parser, List<String> known) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new LoaCommand.UserError(Messages.t("cli.log.unknown_value", option, value, String.join(", ", known)));
        }
    }

    private Instant since(LoaConfig config) {
        if (since == null) {
            return null;
        }
        try {
            return DeliveryFilter.parseTime(since, config.site().zone(), Instant.now());
        } catch (DateTimeParseException e) {
            throw new LoaCommand.UserError(Messages.t("cli.log.since", since));
        }
    }

    private static String[] cells(Delivery d) {
        return new String[] {Long.toString(d.id()), d.contentId(), d.contentVersion().substring(0, Math.min(12, d.contentVersion().length())),
                d.channel().key(), Messages.t("cli.log.kind." + d.kind().key()), d.target(), d.recipient(), d.status().key(), Integer.toString(d.attempts()),
                Timestamps.format(d.updatedAt()), d.remoteId() == null ? "" : d.remoteId(),
                d.lastError() == null ? "" : d.lastError().replace('\n', ' ')};
    }

    private static void csv(PrintWriter out, List<Delivery> rows) {
        out.println(String.join(",", Delivery.COLUMNS));
        for (Delivery d : rows) {
            List<String> cells = new ArrayList<>();
            for (Object v : d.columns().values()) {
                cells.add(csvCell(v == null ? "" : v.toString()));
            }
            out.println(String.join(",", cells));
        }
    }

    /** A CSV cell: neutralised for spreadsheets ({@link SpreadsheetCells}), quoted when it holds , " or a line break. */
    private static String csvCell(String text) {
        String value = SpreadsheetCells.neutralise(text);
        return value.matches(".*[,\"\\n\\r].*") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
