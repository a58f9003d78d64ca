package vn.loa.web;

import io.vertx.core.MultiMap;

/**
 * The headers every answer of Loa's HTTP server carries, pages, API and feeds alike. The policy allows what Loa's
 * pages need and nothing more: no script at all, styles only inline (the pages and bulletin templates carry their
 * own), images from http(s) (article images live on the units' websites), forms posting back to Loa, no framing.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src https: http:; style-src 'unsafe-inline';"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void addTo(MultiMap headers) {
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
    }
}
