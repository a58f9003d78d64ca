package vn.loa.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import vn.loa.i18n.Messages;
import vn.loa.storage.Json;

/** Sets status, type and body of an HTTP answer on a Camel message. */
final class HttpResponses {

    private HttpResponses() {
    }

    static void send(Exchange exchange, int status, String contentType, String body) {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(Exchange exchange, int status, String contentType, byte[] body) {
        Message out = exchange.getMessage();
        clearRequestHeaders(out);
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, contentType);
        out.setBody(body);
    }

    /** A JSON 404: {@code error} a fixed code for programs, {@code detail} the message {@code detailKey} for people. */
    static void notFound(Exchange exchange, String detailKey, Object... args) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", "not found");
        body.put("detail", Messages.t(detailKey, args));
        send(exchange, 404, "application/json; charset=utf-8", Json.write(body));
    }

    /** Request headers must not leak back as response headers. */
    static void clearRequestHeaders(Message message) {
        message.getHeaders().keySet().removeIf(name -> !name.startsWith("Camel"));
    }
}
