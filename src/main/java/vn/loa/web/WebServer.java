package vn.loa.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import vn.loa.config.Http;
import vn.loa.i18n.Messages;

/**
 * The HTTP server of {@code run}, with the limits of {@code http:} in loa.yaml: bind address, request body and header
 * sizes, idle and header timeouts. The platform-http routes of {@code routes/http.camel.yaml} attach to its router
 * (bound in the registry as {@link #ROUTER}), in place of Camel's own server ({@code camel.server}), whose Vert.x
 * options cannot be set and which keeps running when its port is taken. Every answer carries the
 * {@link SecurityHeaders}; until {@link #ready} (the routes started) every request gets 503. An unknown address or
 * method gets one of the {@link ErrorPages}.
 */
public final class WebServer implements AutoCloseable {

    /** The registry name platform-http consumers look their router up by when no Camel server is configured. */
    public static final String ROUTER = VertxPlatformHttpRouter.PLATFORM_HTTP_ROUTER_NAME_ZERO;

    private final Http settings;
    private final Vertx vertx = Vertx.vertx();
    private final Router router = Router.router(vertx);
    private final VertxPlatformHttpRouter platformRouter;
    private final HeaderDeadline deadline;
    private volatile boolean ready;
    private HttpServer server;
    private boolean closed;

    public WebServer(Http settings) {
        this.settings = settings;
        this.deadline = new HeaderDeadline(vertx, TimeUnit.SECONDS.toMillis(settings.headerTimeoutSeconds()));
        router.route().order(Integer.MIN_VALUE).handler(this::everyRequest);
        router.errorHandler(413, failed -> failed.response().setStatusCode(413)
                .putHeader("Content-Type", "text/plain; charset=utf-8")
                .end(Messages.t("guard.http.too_large", settings.maxBodyBytes())));
        ErrorPages.install(router);
        long maxBody = settings.maxBodyBytes();
        this.platformRouter = new VertxPlatformHttpRouter(null, vertx, router, ROUTER) {
            @Override
            public io.vertx.core.Handler<RoutingContext> bodyHandler() {
                return BodyHandler.create(false).setBodyLimit(maxBody);
            }
        };
    }

    /** The router for the registry, under {@link #ROUTER}. */
    public VertxPlatformHttpRouter router() {
        return platformRouter;
    }

    /** Listens on {@code http.host:http.port}, or throws {@link WebServerException} saying why it cannot. */
    public WebServer listen() {
        HttpServerOptions options = new HttpServerOptions()
                .setHost(settings.host())
                .setPort(settings.port())
                .setIdleTimeout(settings.idleTimeoutSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS)
                .setMaxHeaderSize(settings.maxHeaderBytes())
                .setMaxInitialLineLength(settings.maxHeaderBytes())
                .setMaxFormAttributeSize((int) Math.min(Integer.MAX_VALUE, settings.maxBodyBytes()))
                .setMaxFormFields(settings.maxFormFields())
                // HTTP/1.1 only: while Vert.x waits to tell an h2c preface from HTTP/1, it does not report the
                // connection, and the header deadline could not start (HTTP/2 belongs behind a TLS proxy anyway)
                .setHttp2ClearTextEnabled(false);
        HttpServer created = vertx.createHttpServer(options)
                .connectionHandler(deadline::opened)
                .requestHandler(this::request);
        try {
            server = created.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new WebServerException(Messages.t("guard.http.cannot_listen", settings.host(),
                    String.valueOf(settings.port()), String.valueOf(cause.getMessage())), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebServerException("interrupted while starting the HTTP server", e);
        }
        return this;
    }

    /** The port listened on (the configured one, or the one chosen for port 0). */
    public int port() {
        return server == null ? settings.port() : server.actualPort();
    }

    /** The routes are started: requests are answered by them from now on. */
    public void ready() {
        ready = true;
    }

    private void request(HttpServerRequest request) {
        deadline.requestStarted(request.connection());
        router.handle(request);
    }

    private void everyRequest(RoutingContext context) {
        SecurityHeaders.addTo(context.response().headers());
        context.addEndHandler(ended -> deadline.requestEnded(context.request().connection()));
        if (!ready) {
            context.response().setStatusCode(503).putHeader("Retry-After", "5").end();
            return;
        }
        context.next();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (server != null) {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            // stopping anyway: the process ends and the port is released with it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            vertx.close();
        }
    }
}
