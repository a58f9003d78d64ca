package vn.loa.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.loa.config.LoaConfig;
import vn.loa.delivery.DeliveryLog;
import vn.loa.i18n.Messages;
import vn.loa.storage.Database;

/** {@code loa retry}: makes failed (and with {@code --dead}, dead) deliveries pending again. */
@Command(name = "retry", mixinStandardHelpOptions = true,
        description = "Queue failed deliveries again (with --dead, dead ones too); the running service attempts them "
                + "within seconds, or the next run on start.")
final class RetryCommand implements Callable<Integer> {

    @ParentCommand
    LoaCommand loa;

    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "ID", description = "only the deliveries of this content id")
    String content;

    @Option(names = "--target", paramLabel = "T", description = "only the deliveries to this unit, list or chat id")
    String target;

    @Option(names = "--dead", description = "dead deliveries too")
    boolean dead;

    @Override
    public Integer call() {
        LoaConfig config = loa.loadConfig();
        int revived;
        try (Database db = Database.open(config.storage())) {
            revived = DeliveryLog.open(db, Clock.systemUTC()).outcomes().revive(content, target, dead);
        }
        spec.commandLine().getOut().println(Messages.t("cli.retry.queued", revived,
                content == null ? "" : Messages.t("cli.retry.for", content),
                target == null ? "" : Messages.t("cli.retry.to", target),
                Messages.t(dead ? "cli.retry.failed_and_dead" : "cli.retry.failed")));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
