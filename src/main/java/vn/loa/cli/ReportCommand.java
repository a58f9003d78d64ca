package vn.loa.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.loa.config.LoaConfig;
import vn.loa.i18n.Messages;
import vn.loa.report.Period;
import vn.loa.report.ReportFormat;
import vn.loa.report.Reports;
import vn.loa.delivery.DeliveryLog;
import vn.loa.storage.ContentStore;
import vn.loa.storage.Database;

/** {@code loa report}: what was published and delivered per unit and channel in a period. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "What was published and delivered per unit and channel in a period (the quarterly, half-year "
                + "and annual reports units file); a unit's figures roll up into its parent.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    LoaCommand loa;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "P",
            description = "2026-Q3, 2026-H1, 2026 or FROM..TO (2026-07-01..2026-09-30), in the site time zone")
    String period;

    @Option(names = "--unit", paramLabel = "U", description = "only this unit (with its units below)")
    String unit;

    @Option(names = "--format", defaultValue = "md", paramLabel = "F", description = "md, csv or html (default ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        LoaConfig config = loa.loadConfig();
        Period parsed;
        ReportFormat as;
        try {
            parsed = Period.parse(period);
            as = ReportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new LoaCommand.UserError(e.getMessage().startsWith("No enum")
                    ? Messages.t("cli.report.format", format) : "--period: " + e.getMessage());
        }
        try (Database db = Database.open(config.storage())) {
            String text = as.render(new Reports(config, new ContentStore(db),
                    DeliveryLog.open(db, Clock.systemUTC()).queries(), Clock.systemUTC()).build(parsed, unit));
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } catch (IllegalArgumentException e) {
            throw new LoaCommand.UserError("--unit: " + e.getMessage());
        }
        return 0;
    }
}
