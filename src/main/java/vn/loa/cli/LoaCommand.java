package vn.loa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.loa.config.ConfigException;
import vn.loa.config.ConfigLoader;
import vn.loa.config.LoaConfig;

/** {@code java -jar target/loa.jar COMMAND}: exit 0 on success, 1 on a user error, 2 on an internal error. */
@Command(name = "loa", mixinStandardHelpOptions = true, versionProvider = LoaCommand.Version.class,
        description = "Loa: publishes approved administrative-reform news to feeds, email lists and chat channels.",
        subcommands = {RunCommand.class, CheckCommand.class, PublishCommand.class, LogCommand.class})
public final class LoaCommand {

    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;

    @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "configuration file (default: $LOA_CONFIG, else loa.yaml)")
    Path config;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new LoaCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof ConfigException || e instanceof UserError) {
                line.getErr().println("loa: " + e.getMessage());
                return USER_ERROR;
            }
            line.getErr().println("loa: internal error: " + e);
            e.printStackTrace(line.getErr());
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    /** Loads the configuration named by {@code --config}, {@code LOA_CONFIG} or {@code loa.yaml}. */
    LoaConfig loadConfig() {
        Path file = config;
        if (file == null && System.getenv("LOA_CONFIG") != null && !System.getenv("LOA_CONFIG").isBlank()) {
            file = Path.of(System.getenv("LOA_CONFIG"));
        }
        if (file == null) {
            file = Path.of("loa.yaml");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError("no configuration at " + file.toAbsolutePath()
                    + "; run from the folder that holds loa.yaml, or pass --config FILE");
        }
        return ConfigLoader.fromEnvironment().load(file);
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
