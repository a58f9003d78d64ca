package vn.loa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loa withdraw ID --reason … --approved-by …}: the withdrawal a dropped {@code status: withdrawn} file makes,
 * from the command line; waits for its deliveries (deletes and notices) and prints the summary of {@code publish}.
 */
@Command(name = "withdraw", mixinStandardHelpOptions = true,
        description = "Withdraw a published item: it leaves every feed, its page says it was withdrawn and why, what is "
                + "not yet sent of it is cancelled, and every chat message and email that was sent gets the withdrawal. "
                + "Waits for those deliveries, then prints a summary.")
final class WithdrawCommand implements Callable<Integer> {

    @ParentCommand
    LoaCommand loa;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "the id of the published item")
    String id;

    @Option(names = "--reason", required = true, description = "why it is withdrawn (shown on its page and in the notices)")
    String reason;

    @Option(names = "--approved-by", required = true, description = "who approved the withdrawal")
    String approvedBy;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "how long to wait for deliveries (ISO-8601, default ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("loa-withdraw");
        try {
            Path file = folder.resolve(id + ".md");
            Files.writeString(file, "---\nid: " + quoted(id) + "\ntitle: " + quoted(id) + "\nstatus: withdrawn\napproved_by: "
                    + quoted(approvedBy) + "\nreason: " + quoted(reason) + "\n---\n");
            PublishCommand publish = new PublishCommand();
            publish.loa = loa;
            publish.spec = spec;
            publish.timeout = timeout;
            return publish.publish(List.of(file));
        } finally {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    /** A YAML double-quoted scalar: the value checked like any front matter once the file is read. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
