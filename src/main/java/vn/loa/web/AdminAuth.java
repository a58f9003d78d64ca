package vn.loa.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Authorization: Bearer $LOA_ADMIN_TOKEN} for the admin API, compared in constant time. With no token set
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
            HttpResponses.send(exchange, 403, json, "{\"error\":\"admin API disabled: set LOA_ADMIN_TOKEN\"}");
            return false;
        }
        String header = exchange.getMessage().getHeader("Authorization", String.class);
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(expected, digest(given))) {
            HttpResponses.send(exchange, 401, json, "{\"error\":\"missing or wrong bearer token\"}");
            exchange.getMessage().setHeader("WWW-Authenticate", "Bearer realm=\"loa\"");
            return false;
        }
        return true;
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
