package vn.loa.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.loa.i18n.Messages;

/**
 * {@code loa correct FILE}: {@code publish} of a corrected version, refused unless its front matter has a
 * {@code correction:} note (without one, a changed version is a silent update).
 */
@Command(name = "correct", mixinStandardHelpOptions = true,
        description = "Publish a corrected version of a published item (the same id, with a correction: note): its feed "
                + "items are updated in place, and everyone who was sent it gets the correction (an edit where the "
                + "platform allows, else a notice). Waits for those deliveries, then prints a summary.")
final class CorrectCommand implements Callable<Integer> {

    private static final Pattern NOTE = Pattern.compile("(?m)^correction:[ \\t]*\\S");

    @ParentCommand
    LoaCommand loa;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the corrected content file")
    Path file;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "how long to wait for deliveries (ISO-8601, default ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file) || !NOTE.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).find()) {
            spec.commandLine().getErr().println(Messages.t("cli.correct.no_note", file));
            return LoaCommand.USER_ERROR;
        }
        PublishCommand publish = new PublishCommand();
        publish.loa = loa;
        publish.spec = spec;
        publish.timeout = timeout;
        return publish.publish(List.of(file));
    }
}
