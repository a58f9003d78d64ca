package vn.loa.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.loa.config.ConfigException;
import vn.loa.config.ConfigLoader;
import vn.loa.config.LoaConfig;
import vn.loa.i18n.Messages;

/** {@code java -jar target/loa.jar COMMAND}: exit 0 on success, 1 on a user error, 2 on an internal error. */
@Command(name = "loa", mixinStandardHelpOptions = true, versionProvider = LoaCommand.Version.class,
        description = "Loa: publishes approved administrative-reform news to feeds, email lists and chat channels.",
        subcommands = {RunCommand.class, CheckCommand.class, PublishCommand.class, BulletinCommand.class,
                SubscribersCommand.class, LogCommand.class, RetryCommand.class, ReportCommand.class,
                ConvertCommand.class, CorrectCommand.class, WithdrawCommand.class})
public final class LoaCommand {

    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;

    @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "configuration file (default: $LOA_CONFIG, else loa.yaml)")
    Path config;

    private final Map<String, String> env;
    private final Path defaultConfig;

    public LoaCommand() {
        this(System.getenv(), Path.of("loa.yaml"));
    }

    /** With another environment (for {@code LOA_CONFIG} and {@code ${NAME}}) and default configuration file. */
    LoaCommand(Map<String, String> env, Path defaultConfig) {
        this.env = env;
        this.defaultConfig = defaultConfig;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return commandLine(new LoaCommand()).execute(args);
    }

    /** As {@link #execute(String...)}, printing to {@code out} and {@code err} instead of the console. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(new LoaCommand(), out, err, args);
    }

    static int execute(LoaCommand command, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        // a command sets the language from its configuration; a caller in the same process keeps its own
        Messages previous = Messages.current();
        try {
            return cli.execute(args);
        } finally {
            Messages.use(previous);
        }
    }

    private static CommandLine commandLine(LoaCommand command) {
        CommandLine cli = new CommandLine(command);
        // before the configuration is read, only LOA_LANG can choose the language of help and usage errors
        Messages messages = Messages.of(null, command.env.get("LOA_LANG"));
        cli.setResourceBundle(new HelpTexts(messages));
        cli.setParameterExceptionHandler(new UsageErrors(messages));
        userErrorOnInvalidInput(cli);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof ConfigException || e instanceof UserError) {
                line.getErr().println("loa: " + e.getMessage());
                return USER_ERROR;
            }
            line.getErr().println("loa: " + Messages.t("cli.internal_error", e));
            e.printStackTrace(line.getErr());
            return INTERNAL_ERROR;
        });
        return cli;
    }

    /** A wrong option or argument is a user error (exit 1), not picocli's default 2, which here means internal. */
    private static void userErrorOnInvalidInput(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(USER_ERROR);
        cli.getSubcommands().values().forEach(LoaCommand::userErrorOnInvalidInput);
    }

    /**
     * For a command that needs no configuration ({@code convert}): the configuration when one is there and valid (for
     * {@code site.language} and the folders), else null; the language is set either way ({@code LOA_LANG} first).
     */
    LoaConfig loadConfigIfPresent() {
        try {
            return loadConfig();
        } catch (ConfigException | UserError e) {
            Messages.use(null, env.get("LOA_LANG"));
            return null;
        }
    }

    /** Loads the configuration named by {@code --config}, {@code LOA_CONFIG} or {@code loa.yaml}. */
    LoaConfig loadConfig() {
        // until the configuration says otherwise, LOA_LANG or Vietnamese
        Messages.use(null, env.get("LOA_LANG"));
        Path file = config;
        String from = "--config";
        String named = env.get("LOA_CONFIG");
        if (file == null && named != null && !named.isBlank()) {
            file = Path.of(named);
            from = "LOA_CONFIG";
        }
        if (file == null) {
            file = defaultConfig;
            from = null;
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError(Messages.t("cli.config.missing", file.toAbsolutePath(),
                    from == null ? "" : Messages.t("cli.config.given_by", from)));
        }
        LoaConfig loaded = new ConfigLoader(env).load(file);
        Messages.use(loaded.site().language(), env.get("LOA_LANG"));
        return loaded;
    }

    /** A problem the user can fix: printed without a stack trace, exit code 1. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LoaCommand.class.getPackage().getImplementationVersion();
            return new String[] {"loa " + (version == null ? "development" : version)};
        }
    }
}
