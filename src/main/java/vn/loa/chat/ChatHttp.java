package vn.loa.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import vn.loa.config.Chat;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.Json;

/**
 * POSTs to chat platforms with timeouts and without following redirects. Failures to get an answer become
 * temporary {@link DeliveryException}s that name the chat, never its URL.
 */
final class ChatHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Within the 15–30 s the Standard Webhooks spec asks of senders. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final String USER_AGENT = "Loa/0.1 (chat channel)";

    /** An HTTP answer: status, headers and the body as text. */
    record Reply(int status, Map<String, java.util.List<String>> headers, String body) {

        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                    .map(e -> e.getValue().get(0))
                    .findFirst();
        }

        /** The body as JSON; an empty object when it is empty or not JSON. */
        JsonNode json() {
            try {
                JsonNode node = Json.MAPPER.readTree(body.isBlank() ? "{}" : body);
                return node == null ? Json.MAPPER.createObjectNode() : node;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return Json.MAPPER.createObjectNode();
            }
        }

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    ChatHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    static ChatHttp withDefaults() {
        return new ChatHttp(CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    /** POSTs a JSON body. */
    Reply postJson(Chat chat, String url, String json, Map<String, String> headers) throws DeliveryException {
        return post(chat, url, "application/json; charset=utf-8", json, headers);
    }

    Reply post(Chat chat, String url, String contentType, String body, Map<String, String> headers)
            throws DeliveryException {
        return send(chat, "POST", url, contentType, body, headers);
    }

    /** {@code method} ({@code PATCH}, {@code DELETE}: editing or deleting a sent message) with a JSON body or none. */
    Reply request(Chat chat, String method, String url, String json, Map<String, String> headers)
            throws DeliveryException {
        return send(chat, method, url, "application/json; charset=utf-8", json, headers);
    }

    private Reply send(Chat chat, String method, String url, String contentType, String body, Map<String, String> headers)
            throws DeliveryException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(chat, url))
                .timeout(requestTimeout)
                .header("User-Agent", USER_AGENT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().map(), response.body() == null ? "" : response.body());
        } catch (HttpTimeoutException e) {
            throw DeliveryException.temporary(prefix(chat) + "no answer within " + ChatFailures.show(
                    e instanceof java.net.http.HttpConnectTimeoutException ? connectTimeout : requestTimeout), null);
        } catch (IOException e) {
            throw DeliveryException.temporary(prefix(chat) + "cannot reach the server ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.temporary(prefix(chat) + "interrupted while sending", null);
        }
    }

    private static URI uri(Chat chat, String url) throws DeliveryException {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("not http(s)");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw DeliveryException.permanent(prefix(chat) + "the configured url is not an absolute http(s) URL"
                    + " (value not shown: it may hold a secret)");
        }
    }

    /** {@code value}, or a permanent failure naming the missing setting {@code key}. */
    static String required(Chat chat, String value, String key) throws DeliveryException {
        if (value == null || value.isBlank()) {
            throw DeliveryException.permanent(prefix(chat) + "no " + key + " configured; a " + chat.type()
                    + " chat needs it (set it in loa.yaml from the environment)");
        }
        return value.strip();
    }

    /** "chat ID (type): ", how every chat error begins. */
    static String prefix(Chat chat) {
        return "chat " + chat.id() + " (" + chat.type() + "): ";
    }
}
