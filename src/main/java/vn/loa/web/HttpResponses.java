package vn.loa.web;

import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

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

    static void notFound(Exchange exchange, String what) {
        send(exchange, 404, "application/json; charset=utf-8", "{\"error\":\"not found\",\"detail\":\"" + what + "\"}");
    }

    /** Request headers must not leak back as response headers. */
    static void clearRequestHeaders(Message message) {
        message.getHeaders().keySet().removeIf(name -> !name.startsWith("Camel"));
    }
}
