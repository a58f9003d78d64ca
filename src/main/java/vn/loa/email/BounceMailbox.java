package vn.loa.email;

import vn.loa.config.Bounces;
import vn.loa.config.ConfigException;

/** The Camel endpoint of the bounce mailbox, for the {@code bounces} route ({@code loa.bounces.uri}). */
public final class BounceMailbox {

    private BounceMailbox() {
    }

    /**
     * {@code imaps:} (or {@code imap:} without TLS) on the configured host and folder. Credentials are passed raw,
     * so that any character survives; messages stay in the mailbox (only unseen ones are read, and marked seen once
     * handled; a failure leaves one unseen for the next poll), and reach the route as the raw jakarta.mail Message.
     * Without a host the URI names {@code localhost}, for a route that does not start.
     */
    public static String uri(Bounces bounces) {
        StringBuilder uri = new StringBuilder(bounces.tls() ? "imaps://" : "imap://")
                .append(bounces.enabled() ? bounces.host().strip() : "localhost").append(':').append(bounces.port())
                .append('?');
        if (bounces.username() != null && !bounces.username().isEmpty()) {
            uri.append("username=").append(raw(bounces.username(), "username")).append('&');
        }
        if (bounces.password() != null && !bounces.password().isEmpty()) {
            uri.append("password=").append(raw(bounces.password(), "password")).append('&');
        }
        return uri.append("folderName=").append(raw(bounces.folder(), "folder"))
                .append("&delete=false&unseen=true&peek=true&mapMailMessage=false")
                .append("&delay=").append(Math.max(1, bounces.pollSeconds()) * 1000L)
                .toString();
    }

    /** Camel's RAW(…) (RAW{…} when the value holds a closing parenthesis), so that & + % = # survive. */
    static String raw(String value, String key) {
        if (value.indexOf(')') < 0) {
            return "RAW(" + value + ")";
        }
        if (value.indexOf('}') < 0) {
            return "RAW{" + value + "}";
        }
        throw new ConfigException("bounces." + key + ": holds both ')' and '}', which Camel cannot pass; change it");
    }
}
