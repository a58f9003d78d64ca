package vn.loa.cli;

import java.time.Duration;
import java.time.Instant;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.ProgressLog;

/**
 * How one-shot commands wait for the deliveries they started: until each has been attempted once (a delivery that
 * failed for now waits for its retry in {@code run}), or until the timeout.
 */
final class DeliveryWait {

    private DeliveryWait() {
    }

    /** Also logs how far the sends have come every {@link #PROGRESS_EVERY}, as the service does. */
    static void untilAttempted(DeliveryLog log, String contentId, String version, Instant deadline)
            throws InterruptedException {
        ProgressLog progress = new ProgressLog(log.queries());
        Instant nextReport = Instant.now().plus(PROGRESS_EVERY);
        boolean reported = false;
        while (log.queries().hasUnattempted(contentId, version) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            if (Instant.now().isAfter(nextReport)) {
                progress.report();
                reported = true;
                nextReport = Instant.now().plus(PROGRESS_EVERY);
            }
        }
        if (reported) {
            progress.report();
        }
    }

    static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    static Instant deadline(Duration timeout) {
        return Instant.now().plus(timeout);
    }
}
