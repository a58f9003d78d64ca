package vn.loa.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.HttpMessage;
import vn.loa.config.LoaConfig;
import vn.loa.feed.FeedCache;
import vn.loa.feed.FeedCache.CachedFile;
import vn.loa.feed.FeedPublisher;

/**
 * {@code GET /feeds/{unit}/{file}}: the written feed files from memory, gzip-coded when the client accepts it, with
 * ETag, Last-Modified and 304, and HEAD.
 *
 * <p>A feed answer is written on the Vert.x response here rather than left in the Camel body: Camel 4.18's
 * platform-http writer pumps a {@code byte[]} body through an InputStream on a worker thread, and sends a Vert.x
 * {@code Buffer} body chunked, without Content-Length; its header filter also drops Cache-Control. Camel sees the
 * response ended and writes nothing more. bench/README.md "Feeds" has the numbers.
 */
public final class FeedEndpoint {

    private static final Map<String, String> TYPES = Map.of(
            "rss.xml", "application/rss+xml; charset=utf-8",
            "atom.xml", "application/atom+xml; charset=utf-8",
            "feed.json", "application/feed+json; charset=utf-8");

    private final LoaConfig config;
    private final FeedPublisher feeds;
    private final FeedCache cache;
    private final Map<Path, FeedBodies> bodies = new ConcurrentHashMap<>();

    public FeedEndpoint(LoaConfig config, FeedPublisher feeds, FeedCache cache) {
        this.config = config;
        this.feeds = feeds;
        this.cache = cache;
    }

    public void serve(Exchange exchange) {
        Message in = exchange.getMessage();
        String unit = in.getHeader("unit", String.class);
        String name = in.getHeader("file", String.class);
        if (unit == null || config.unit(unit).isEmpty() || !TYPES.containsKey(name)) {
            HttpResponses.notFound(exchange, "web.api.no_feed", String.valueOf(unit), String.valueOf(name));
            return;
        }
        Path path = feeds.folder(unit).resolve(name);
        Optional<CachedFile> file = cache.get(path);
        if (file.isEmpty()) {
            feeds.write(unit);
            file = cache.get(path);
        }
        FeedBodies feed = bodies(path, file.orElseThrow());
        boolean gzip = AcceptEncoding.allowsGzip(in.getHeader("Accept-Encoding", String.class));
        FeedBodies.Body body = gzip ? feed.gzip() : feed.identity();
        String ifNoneMatch = in.getHeader("If-None-Match", String.class);
        String ifModifiedSince = in.getHeader("If-Modified-Since", String.class);
        boolean notModified = ifNoneMatch != null ? matches(ifNoneMatch, body.etag())
                : ifModifiedSince != null && notModifiedSince(ifModifiedSince, feed.source().lastModified());

        HttpMessage http = exchange.getIn(HttpMessage.class);
        HttpServerResponse response = http.getResponse();
        response.setStatusCode(notModified ? 304 : 200)
                .putHeader("Content-Type", TYPES.get(name))
                .putHeader("ETag", body.etag())
                .putHeader("Last-Modified", feed.lastModified())
                .putHeader("Cache-Control", "public, max-age=60")
                .putHeader("Vary", "Accept-Encoding");
        if (notModified) {
            response.end();
            return;
        }
        if (gzip) {
            response.putHeader("Content-Encoding", "gzip");
        }
        response.putHeader("Content-Length", String.valueOf(body.buffer().length()));
        if (http.getRequest().method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(body.buffer());
        }
    }

    private FeedBodies bodies(Path path, CachedFile file) {
        FeedBodies current = bodies.get(path);
        if (current == null || current.source() != file) {
            current = FeedBodies.of(file);
            bodies.put(path, current);
        }
        return current;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static boolean notModifiedSince(String header, Instant lastModified) {
        try {
            Instant since = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
