package vn.loa.cli;

import java.time.Duration;
import java.time.Instant;
import vn.loa.delivery.DeliveryLog;

/**
 * How one-shot commands wait for the deliveries they started: until each has been attempted once (a delivery that
 * failed for now waits for its retry in {@code run}), or until the timeout.
 */
final class DeliveryWait {

    private DeliveryWait() {
    }

    static void untilAttempted(DeliveryLog log, String contentId, String version, Instant deadline)
            throws InterruptedException {
        while (log.hasUnattempted(contentId, version) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    static Instant deadline(Duration timeout) {
        return Instant.now().plus(timeout);
    }
}
