package vn.loa.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closes a connection that does not deliver a request's whole headers in time, counted from when it opened or its
 * previous answer ended: a client trickling its headers a byte at a time ("slowloris") keeps Vert.x's idle timeout
 * from firing, this one it cannot. Each connection's events run on its own event loop; only the map is shared.
 */
final class HeaderDeadline {

    /** The requests in flight on one connection and the timer that waits for the next request's headers. */
    private final class Waiting {
        private final HttpConnection connection;
        private int inFlight;
        private long timer = -1;

        Waiting(HttpConnection connection) {
            this.connection = connection;
        }

        void arm() {
            timer = vertx.setTimer(millis, id -> connection.close());
        }

        void disarm() {
            if (timer >= 0) {
                vertx.cancelTimer(timer);
                timer = -1;
            }
        }
    }

    private final Vertx vertx;
    private final long millis;
    private final Map<HttpConnection, Waiting> connections = new ConcurrentHashMap<>();

    HeaderDeadline(Vertx vertx, long millis) {
        this.vertx = vertx;
        this.millis = millis;
    }

    /** A connection opened: its first request's headers must come within the deadline. */
    void opened(HttpConnection connection) {
        Waiting waiting = new Waiting(connection);
        connections.put(connection, waiting);
        waiting.arm();
        connection.closeHandler(closed -> {
            waiting.disarm();
            connections.remove(connection);
        });
    }

    /** A request's headers arrived on {@code connection}: no deadline until its answer ends. */
    void requestStarted(HttpConnection connection) {
        Waiting waiting = connections.get(connection);
        if (waiting != null) {
            waiting.inFlight++;
            waiting.disarm();
        }
    }

    /** An answer ended: the next request's headers must come within the deadline. */
    void requestEnded(HttpConnection connection) {
        Waiting waiting = connections.get(connection);
        if (waiting != null && --waiting.inFlight == 0) {
            waiting.disarm();
            waiting.arm();
        }
    }
}
