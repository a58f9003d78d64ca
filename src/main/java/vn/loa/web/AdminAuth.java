package vn.loa.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.HttpMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.i18n.Messages;
import vn.loa.storage.Json;

/**
 * {@code Authorization: Bearer $LOA_ADMIN_TOKEN} for the admin API, read from that header only and compared in
 * constant time. With no token set
 * the admin API is disabled (said once in the log) and answers 403.
 */
public final class AdminAuth {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAuth.class);

    private final byte[] expected;

    public AdminAuth(String token) {
        this.expected = token == null || token.isBlank() ? null : digest(token.strip());
        if (expected == null) {
            LOG.info("admin API (/api/deliveries) disabled: set LOA_ADMIN_TOKEN to enable it");
        }
    }

    /** True when the request may go on; otherwise the 401 or 403 answer is already set. */
    public boolean allows(Exchange exchange) {
        String json = "application/json; charset=utf-8";
        if (expected == null) {
            HttpResponses.send(exchange, 403, json, Json.write(Map.of("error", Messages.t("web.api.admin_disabled"))));
            return false;
        }
        String header = authorization(exchange);
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(expected, digest(given))) {
            HttpResponses.send(exchange, 401, json, Json.write(Map.of("error", Messages.t("web.api.bad_token"))));
            exchange.getMessage().setHeader("WWW-Authenticate", "Bearer realm=\"loa\"");
            return false;
        }
        return true;
    }

    /**
     * The request's own {@code Authorization} header: never a query parameter or a cookie of that name, which Camel
     * would also put into the message headers (a token in a URL ends up in logs, histories and Referer headers).
     */
    private static String authorization(Exchange exchange) {
        if (exchange.getIn() instanceof HttpMessage http) {
            return http.getRequest().getHeader("Authorization");
        }
        return exchange.getMessage().getHeader("Authorization", String.class);
    }

    /** Comparing fixed-length digests keeps the time independent of where the strings differ and of their length. */
    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
