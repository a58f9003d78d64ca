package vn.loa.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.loa.app.Components;
import vn.loa.app.LoaRuntime;
import vn.loa.app.Mode;
import vn.loa.bulletin.IssueDraft;
import vn.loa.bulletin.IssueRecord;
import vn.loa.bulletin.IssueResult;
import vn.loa.config.Bulletin;
import vn.loa.config.LoaConfig;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.Handoff;
import vn.loa.i18n.Messages;

/** {@code loa bulletin ID [--dry-run]}: compiles and sends the next issue now, or previews it. */
@Command(name = "bulletin", mixinStandardHelpOptions = true,
        description = "Compile the next issue of bulletin ID now and send it through the pipeline (feeds, lists, chats), "
                + "waiting until its deliveries end. With --dry-run, write content/public/bulletins/ID/preview.html and "
                + "print what the issue would hold, storing and sending nothing. An issue with fewer than min_articles "
                + "articles is skipped (exit 0, the reason printed).")
final class BulletinCommand implements Callable<Integer> {

    @ParentCommand
    LoaCommand loa;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "the bulletin id from loa.yaml")
    String id;

    @Option(names = "--dry-run", description = "write preview.html and print the issue; send and store nothing")
    boolean dryRun;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "how long to wait for deliveries (ISO-8601, default ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        LoaConfig config = loa.loadConfig();
        Bulletin bulletin = config.bulletins().stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new LoaCommand.UserError(Messages.t("cli.bulletin.unknown", id,
                        config.bulletins().isEmpty() ? Messages.t("cli.bulletin.none")
                        : config.bulletins().stream().map(Bulletin::id).collect(Collectors.joining(", ")))));
        PrintWriter out = spec.commandLine().getOut();
        try (Components components = new Components(config, Clock.systemUTC(), Messages.current())) {
            return dryRun ? preview(out, components, bulletin) : send(out, components, bulletin);
        }
    }

    private int preview(PrintWriter out, Components components, Bulletin bulletin) {
        IssueDraft draft = components.bulletins().preview(bulletin.id());
        var file = components.issuePages().preview(bulletin, draft.view());
        out.println(Messages.t("cli.bulletin.preview", bulletin.id(), draft.view().label(), draft.view().period()));
        out.println(Messages.t("cli.bulletin.articles", draft.articles().size()));
        draft.articles().forEach(a -> out.println("  " + a.id() + "  " + a.article().title()));
        out.println(Messages.t("cli.bulletin.notes", draft.notes().size()));
        draft.notes().forEach(n -> out.println("  " + n.id() + "  " + n.article().title()));
        if (draft.articles().size() < bulletin.minArticles()) {
            out.println(Messages.t("cli.bulletin.would_skip", bulletin.minArticles()));
        }
        out.println(Messages.t("cli.bulletin.preview_file", file));
        out.println(Messages.t("cli.bulletin.dry_run"));
        out.flush();
        return 0;
    }

    private int send(PrintWriter out, Components components, Bulletin bulletin) throws Exception {
        try (LoaRuntime runtime = new LoaRuntime(components, Mode.ONCE, Map.of()).start()) {
            IssueResult result = components.bulletins().compileNow(bulletin.id());
            IssueRecord issue = result.issue();
            if (result.skipped()) {
                out.println(Messages.t("cli.bulletin.not_sent", bulletin.id(), issue.reason()));
                out.flush();
                return 0;
            }
            runtime.producer().sendBody("direct:bulletin-handoff", result.handoff());
            waitForDeliveries(components, result.handoff());
            String version = Handoff.parse(result.handoff()).version();
            Map<DeliveryStatus, Integer> counts = components.deliveries().queries().counts(issue.contentId(), version);
            out.println(Messages.t("cli.bulletin.sent", bulletin.id(), issue.view().label(), issue.contentId(),
                    issue.articles().size(), issue.noteIds().size(), issue.view().period()));
            out.println(Messages.t("cli.bulletin.deliveries", DeliveryCounts.of(counts)));
            out.println(Messages.t("cli.bulletin.page", components.issuePages().folder(bulletin.id()).resolve(issue.issue() + ".html")));
            out.println(Messages.t("cli.bulletin.log", issue.contentId()));
            out.flush();
            return 0;
        }
    }

    private void waitForDeliveries(Components components, String handoff) throws InterruptedException {
        Handoff item = Handoff.parse(handoff);
        DeliveryWait.untilAttempted(components.deliveries(), item.contentId(), item.version(), DeliveryWait.deadline(timeout));
    }
}
