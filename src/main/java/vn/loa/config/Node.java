package vn.loa.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * This Loa process among the nodes that share one database: its id (who holds a claim), how long a claim on a
 * delivery lasts before any node may take it over, and how often a node renews the claims it is still working on.
 */
public record Node(String id, Integer leaseSeconds, Integer renewSeconds) {

    /** The longest a chat send may take: {@code ChatHttp}'s connect (10 s) and request (30 s) timeouts. */
    public static final int CHAT_TIMEOUT_SECONDS = 40;

    public Node {
        id = id == null || id.isBlank() ? hostName() : id.strip();
        leaseSeconds = leaseSeconds == null ? 300 : leaseSeconds;
        renewSeconds = renewSeconds == null ? 60 : renewSeconds;
    }

    public static Node defaults() {
        return new Node(null, null, null);
    }

    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    public Duration renewEvery() {
        return Duration.ofSeconds(renewSeconds);
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? fallback(env) : name;
        } catch (UnknownHostException e) {
            return fallback(env);
        }
    }

    private static String fallback(String env) {
        return env == null || env.isBlank() ? "loa" : env;
    }
}
