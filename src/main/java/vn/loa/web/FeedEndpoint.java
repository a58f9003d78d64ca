package vn.loa.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import vn.loa.config.LoaConfig;
import vn.loa.feed.FeedCache;
import vn.loa.feed.FeedCache.CachedFile;
import vn.loa.feed.FeedPublisher;

/** {@code GET /feeds/{unit}/{file}}: the written feed files from memory, with ETag, Last-Modified and 304. */
public final class FeedEndpoint {

    private static final Map<String, String> TYPES = Map.of(
            "rss.xml", "application/rss+xml; charset=utf-8",
            "atom.xml", "application/atom+xml; charset=utf-8",
            "feed.json", "application/feed+json; charset=utf-8");

    private final LoaConfig config;
    private final FeedPublisher feeds;
    private final FeedCache cache;

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
            HttpResponses.notFound(exchange, "no feed /feeds/" + unit + "/" + name);
            return;
        }
        Optional<CachedFile> file = cache.get(feeds.folder(unit).resolve(name));
        if (file.isEmpty()) {
            feeds.write(unit);
            file = cache.get(feeds.folder(unit).resolve(name));
        }
        CachedFile feed = file.orElseThrow();
        String ifNoneMatch = in.getHeader("If-None-Match", String.class);
        String ifModifiedSince = in.getHeader("If-Modified-Since", String.class);
        boolean notModified = ifNoneMatch != null ? matches(ifNoneMatch, feed.etag())
                : ifModifiedSince != null && notModifiedSince(ifModifiedSince, feed.lastModified());
        if (notModified) {
            HttpResponses.send(exchange, 304, TYPES.get(name), new byte[0]);
        } else {
            HttpResponses.send(exchange, 200, TYPES.get(name), feed.bytes());
        }
        Message out = exchange.getMessage();
        out.setHeader("ETag", feed.etag());
        out.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(feed.lastModified().atZone(ZoneOffset.UTC)));
        out.setHeader("Cache-Control", "public, max-age=60");
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
