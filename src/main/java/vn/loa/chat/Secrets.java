package vn.loa.chat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.loa.config.Chat;
import vn.loa.delivery.DeliveryException;

/**
 * The secret strings of one chat (its URL and the URL's path and query parts, tokens, keys), and a scrubber that
 * replaces them in any text bound for a log line, an exception or the delivery log.
 */
final class Secrets {

    static final String MASK = "***";

    /** Path segments and query values at least this long are taken for keys; shorter ones are words like "hooks". */
    private static final int MIN_KEY_PART = 8;

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values;
    }

    static Secrets of(Chat chat, String... more) {
        Set<String> values = new LinkedHashSet<>();
        addUrl(values, chat.url());
        for (String s : new String[] {chat.token(), chat.refreshToken(), chat.secretKey(), chat.secret()}) {
            add(values, s);
        }
        if (chat.token() != null && chat.token().indexOf(':') > 0) {
            add(values, chat.token().substring(chat.token().indexOf(':') + 1));
        }
        for (String s : more) {
            add(values, s);
        }
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new Secrets(List.copyOf(sorted));
    }

    /** {@code text} with every secret replaced by {@value #MASK}; null stays null. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : values) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    /** The same failure (kind and wait) with its message scrubbed; the cause is dropped, as it may hold a secret. */
    DeliveryException scrub(DeliveryException e) {
        String message = scrub(e.getMessage());
        if (e.isSkipped()) {
            return DeliveryException.skipped(message);
        }
        if (e.isPermanent()) {
            return DeliveryException.permanent(message);
        }
        return e.retryAfter() != null
                ? DeliveryException.retryAfter(message, e.retryAfter())
                : DeliveryException.temporary(message, null);
    }

    private static void addUrl(Set<String> values, String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        add(values, url.strip());
        try {
            URI uri = new URI(url.strip());
            add(values, uri.getRawQuery());
            add(values, uri.getRawPath());
            if (uri.getRawPath() != null) {
                for (String segment : uri.getRawPath().split("/")) {
                    addPart(values, segment);
                }
            }
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    addPart(values, pair.substring(pair.indexOf('=') + 1));
                }
            }
        } catch (java.net.URISyntaxException e) {
            // the whole URL is already masked; an invalid one is not sent anywhere
        }
    }

    private static void addPart(Set<String> values, String part) {
        if (part.length() >= MIN_KEY_PART) {
            add(values, part);
        }
    }

    private static void add(Set<String> values, String secret) {
        if (secret == null || secret.isBlank() || secret.equals("/")) {
            return;
        }
        values.add(secret);
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        if (!encoded.equals(secret)) {
            values.add(encoded);
        }
    }
}
