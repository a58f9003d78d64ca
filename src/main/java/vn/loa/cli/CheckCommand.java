package vn.loa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.loa.config.LoaConfig;
import vn.loa.content.Article;
import vn.loa.content.ContentParser;
import vn.loa.content.ContentRejectedException;
import vn.loa.content.ContentSource;
import vn.loa.encoding.LegacyEncoding;
import vn.loa.i18n.Messages;
import vn.loa.intake.ContentIntake;

/** {@code loa check FILE…}: validates content files, prints every problem, publishes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate content files (or folders of them) and print every problem as FILE:LINE: field: message, "
                + "and a note for a file converted from a legacy Vietnamese encoding. Publishes nothing. "
                + "Exit 1 when any file has a problem.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    LoaCommand loa;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "content files or folders")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        LoaConfig config = loa.loadConfig();
        ContentParser parser = new ContentParser(config, Clock.systemUTC());
        ContentIntake intake = new ContentIntake(config);
        PrintWriter out = spec.commandLine().getOut();
        int bad = 0;
        List<Path> all = expand(files);
        for (Path file : all) {
            try {
                ContentSource source = intake.read(file, baseOf(file, config));
                Article article = parser.parse(source);
                printConversion(out, file, article.convertedFrom());
                out.println(Messages.t("cli.check.ok", file));
            } catch (ContentRejectedException e) {
                bad++;
                printConversion(out, file, e.convertedFrom());
                e.problems().forEach(p -> out.println(p.format(file.toString())));
            }
        }
        out.println(Messages.t("cli.check.summary", all.size(), all.size() - bad, bad));
        out.flush();
        return bad == 0 ? 0 : LoaCommand.USER_ERROR;
    }

    /** A note, not a problem: {@code FILE: đã chuyển từ mã TCVN3 (ABC) sang Unicode}. */
    private static void printConversion(PrintWriter out, Path file, LegacyEncoding convertedFrom) {
        if (convertedFrom != null) {
            out.println(file + ": " + convertedFrom.conversionNote());
        }
    }

    static Path baseOf(Path file, LoaConfig config) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(config.paths().inbox()) ? config.paths().inbox() : null;
    }

    /** Files as given; folders become the content files below them. */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().matches("(?i).*\\.(md|markdown|html|htm)$"))
                            .sorted()
                            .forEach(out::add);
                }
            } else if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                out.add(path);
            } else {
                throw new LoaCommand.UserError(Messages.t("cli.no_such_file", path));
            }
        }
        return out;
    }
}
