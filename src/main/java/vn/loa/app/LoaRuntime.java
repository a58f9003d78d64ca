package vn.loa.app;

import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.email.BounceMailbox;
import vn.loa.web.WebServer;

/**
 * Loa on Camel Main: binds the {@link Components}, sets the properties the routes use and loads the routes of
 * {@code routes/*.camel.yaml} (the folder beside the working directory, else the copy inside the jar).
 */
public final class LoaRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LoaRuntime.class);

    private final Components components;
    private final Main main;
    /** The HTTP server, in service mode only. */
    private final WebServer web;

    public LoaRuntime(Components components, Mode mode, Map<String, String> overrides) {
        this.components = components;
        this.main = new Main();
        components.beans().forEach(main::bind);
        boolean service = mode == Mode.SERVICE;
        var config = components.config();
        main.addInitialProperty("camel.main.name", "loa");
        main.addInitialProperty("camel.main.routesIncludePattern", routes());
        if (!service) {
            main.addInitialProperty("camel.main.routesExcludePattern", "**/http.camel.yaml");
        }
        main.addInitialProperty("camel.main.shutdownTimeout", "30");
        // Loa's own HTTP server (http: in loa.yaml) instead of camel.server, whose Vert.x options cannot be set
        main.addInitialProperty("camel.server.enabled", "false");
        this.web = service ? new WebServer(config.http()) : null;
        if (web != null) {
            main.bind(WebServer.ROUTER, web.router());
        }
        main.addInitialProperty("loa.inbox", config.paths().inbox().toString());
        main.addInitialProperty("loa.watch", Boolean.toString(service));
        main.addInitialProperty("loa.timers", Boolean.toString(service));
        main.addInitialProperty("loa.intake.stable", Long.toString(config.intake().stableMillis()));
        main.addInitialProperty("loa.intake.poll", Long.toString(config.intake().pollMillis()));
        main.addInitialProperty("loa.embargo.period", "5000");
        main.addInitialProperty("loa.retry.period", "5000");
        main.addInitialProperty("loa.progress.period", "10000");
        main.addInitialProperty("loa.lease.renew", Long.toString(config.node().renewEvery().toMillis()));
        main.addInitialProperty("loa.bulletin.period", "30000");
        main.addInitialProperty("loa.bounces.enabled", Boolean.toString(service && config.bounces().enabled()));
        main.addInitialProperty("loa.bounces.uri", BounceMailbox.uri(config.bounces()));
        main.addInitialProperty("loa.handoff.uri", "seda:deliveries?concurrentConsumers=2&size=10000&blockWhenFull=true");
        overrides.forEach(main::addInitialProperty);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport started) {
                if (web != null) {
                    web.ready();
                }
            }

            @Override
            public void beforeStop(BaseMainSupport stopping) {
                // SIGTERM: stop handing out deliveries; what is being sent finishes, the rest stays pending
                components.deliveryQueue.stop();
            }
        });
    }

    private static String routes() {
        String explicit = System.getProperty("loa.routes");
        if (explicit != null) {
            return explicit;
        }
        return InstallFolder.find("routes")
                .map(folder -> "file:" + folder + "/*.camel.yaml")
                .orElse("classpath:routes/*.camel.yaml");
    }

    /** Starts Camel; the deliveries a stopped process left claimed become due again first. */
    public LoaRuntime start() throws Exception {
        prepare();
        main.start();
        if (web != null) {
            web.ready();
        }
        return this;
    }

    /** Runs until the process is stopped (SIGTERM or Ctrl-C), then shuts down gracefully. */
    public void runUntilStopped() throws Exception {
        prepare();
        try {
            main.run();
        } finally {
            closeWeb();
        }
    }

    /**
     * Listens for HTTP first (a port that is taken ends the start with {@link WebServerException}, before anything
     * runs), then readies storage and feeds.
     */
    private void prepare() {
        if (web != null) {
            try {
                web.listen();
            } catch (RuntimeException e) {
                closeWeb();
                throw e;
            }
        }
        int released = components.deliveries().leases().releaseOwn();
        if (released > 0) {
            LOG.info("resuming {} deliveries node {} left pending when it stopped", released,
                    components.deliveries().leases().node());
        }
        components.feeds.writeMissing();
    }

    public CamelContext camel() {
        return main.getCamelContext();
    }

    public ProducerTemplate producer() {
        return camel().createProducerTemplate();
    }

    public Components components() {
        return components;
    }

    /** The port the HTTP server listens on ({@code http.port}, or the one chosen for 0). */
    public int httpPort() {
        return web == null ? -1 : web.port();
    }

    private void closeWeb() {
        if (web != null) {
            web.close();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            main.stop();
        } finally {
            closeWeb();
        }
    }
}
