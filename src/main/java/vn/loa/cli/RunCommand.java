package vn.loa.cli;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.loa.app.Components;
import vn.loa.app.LoaRuntime;
import vn.loa.app.Mode;
import vn.loa.config.LoaConfig;
import vn.loa.i18n.Messages;
import vn.loa.web.WebServerException;

/** {@code loa run}: the service, until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Watch content/inbox/, deliver, serve feeds and pages over HTTP, until stopped (Ctrl-C or SIGTERM).")
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @ParentCommand
    LoaCommand loa;

    @Override
    public Integer call() throws Exception {
        LoaConfig config = loa.loadConfig();
        try (Components components = new Components(config, Clock.systemUTC(), Messages.current())) {
            LoaRuntime runtime = new LoaRuntime(components, Mode.SERVICE, Map.of());
            // the one line of the log that the person who started Loa reads: in their language
            LOG.info(Messages.t("cli.run.started", config.paths().inbox(), config.site().baseUrl(),
                    String.join(", ", config.units().stream().map(u -> u.id()).toList())));
            try {
                runtime.runUntilStopped();
            } catch (WebServerException e) {
                throw new LoaCommand.UserError(e.getMessage());
            }
        }
        return 0;
    }
}
