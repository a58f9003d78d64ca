package vn.loa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.loa.app.Components;
import vn.loa.app.LoaRuntime;
import vn.loa.app.Mode;
import vn.loa.config.LoaConfig;
import vn.loa.content.Channel;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.IntakeEvent;
import vn.loa.delivery.Outcome;
import vn.loa.i18n.Messages;

/** {@code loa publish FILE…}: the pipeline once on the given files; waits for their deliveries; prints a summary. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Run the pipeline once on the given files (or folders): publish, deliver, wait until the "
                + "deliveries end, print a summary. The files stay where they are; copies go to content/published/ "
                + "or content/rejected/. Exit 1 when any file was rejected.")
final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    LoaCommand loa;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "content files or folders")
    List<Path> files;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "how long to wait for deliveries (ISO-8601, default ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        return publish(CheckCommand.expand(files));
    }

    /** The pipeline once on {@code all}, waiting for their deliveries; the summary's exit code. */
    int publish(List<Path> all) throws Exception {
        LoaConfig config = loa.loadConfig();
        PrintWriter out = spec.commandLine().getOut();
        try (Components components = new Components(config, Clock.systemUTC(), Messages.current());
             LoaRuntime runtime = new LoaRuntime(components, Mode.ONCE, Map.of()).start()) {
            long before = components.events().lastId();
            var producer = runtime.producer();
            for (Path file : all) {
                producer.sendBody("direct:intake-file", file.toAbsolutePath().toString());
            }
            List<IntakeEvent> events = components.events().after(before);
            waitForDeliveries(components, events);
            return summary(out, components, events, config);
        }
    }

    private void waitForDeliveries(Components components, List<IntakeEvent> events) throws InterruptedException {
        Instant deadline = DeliveryWait.deadline(timeout);
        for (IntakeEvent event : events) {
            if (event.contentId() != null) {
                DeliveryWait.untilAttempted(components.deliveries(), event.contentId(), event.version(), deadline);
            }
        }
    }

    private int summary(PrintWriter out, Components components, List<IntakeEvent> events, LoaConfig config) {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<Channel, Map<DeliveryStatus, Integer>> totals = new EnumMap<>(Channel.class);
        List<String[]> rows = new ArrayList<>();
        for (IntakeEvent event : events) {
            outcomes.merge(event.outcome(), 1, Integer::sum);
            String deliveries = "";
            if (event.contentId() != null && event.outcome() != Outcome.SKIPPED && event.outcome() != Outcome.NOTE) {
                // counted in the database: a bulletin to a million members is never loaded row by row
                Map<Channel, Map<DeliveryStatus, Integer>> counts =
                        components.deliveries().queries().countsByChannel(event.contentId(), event.version());
                Map<Channel, Integer> sent = new EnumMap<>(Channel.class);
                counts.forEach((channel, byStatus) -> {
                    byStatus.forEach((status, n) -> totals.computeIfAbsent(channel, c -> new EnumMap<>(DeliveryStatus.class))
                            .merge(status, n, Integer::sum));
                    sent.put(channel, byStatus.getOrDefault(DeliveryStatus.SENT, 0));
                });
                deliveries = Messages.t("cli.publish.sent", sent.getOrDefault(Channel.FEED, 0),
                        sent.getOrDefault(Channel.EMAIL, 0), sent.getOrDefault(Channel.CHAT, 0));
            }
            rows.add(new String[] {event.file(), Messages.t("cli.outcome." + event.outcome().key()),
                    event.contentId() == null ? "" : event.contentId(), deliveries});
            if (event.outcome() == Outcome.REJECTED) {
                for (String line : event.message().split("\n")) {
                    rows.add(new String[] {"", "", "", "  " + line});
                }
            }
        }
        out.print(Table.render(List.of(Messages.t("cli.publish.column.file"), Messages.t("cli.publish.column.result"),
                Messages.t("cli.publish.column.id"), Messages.t("cli.publish.column.sent")), rows));
        out.println();
        out.println(Messages.t("cli.publish.items", String.join(", ", outcomes.entrySet().stream()
                .map(e -> Messages.t("cli.publish.items." + e.getKey().key(), e.getValue())).toList())));
        totals.forEach((channel, counts) -> out.println(Messages.t("cli.publish.deliveries", channel.key(),
                DeliveryCounts.of(counts))));
        out.println(Messages.t("cli.publish.feeds", config.paths().publicDir().resolve("feeds")));
        out.println(Messages.t("cli.publish.outbox", config.paths().outbox()));
        out.println(Messages.t("cli.publish.log"));
        out.flush();
        return outcomes.containsKey(Outcome.REJECTED) ? LoaCommand.USER_ERROR : 0;
    }
}
