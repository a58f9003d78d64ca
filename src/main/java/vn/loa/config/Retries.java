package vn.loa.config;

import java.time.Duration;

/** How often and how patiently a failed delivery is tried again before it is {@code dead}. */
public record Retries(Integer maxAttempts, Integer firstBackoffSeconds, Integer maxBackoffSeconds) {

    public Retries {
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        firstBackoffSeconds = firstBackoffSeconds == null ? 30 : firstBackoffSeconds;
        maxBackoffSeconds = maxBackoffSeconds == null ? 3600 : maxBackoffSeconds;
    }

    public static Retries defaults() {
        return new Retries(null, null, null);
    }

    /** The wait before attempt {@code attempt + 1}, doubling from the first backoff up to the cap, with ±20 % jitter. */
    public Duration backoff(int attempt, double random) {
        double base = Math.min((double) maxBackoffSeconds, firstBackoffSeconds * Math.pow(2, Math.max(0, attempt - 1)));
        double jittered = base * (0.8 + 0.4 * random);
        return Duration.ofMillis((long) (jittered * 1000));
    }
}
