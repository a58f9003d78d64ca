package vn.loa.email;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * At most {@code perSecond} messages a second across every SMTP connection (a token bucket of that capacity,
 * refilled greedily); 0 means no limit. {@link #acquire()} blocks the sender until it may send.
 */
final class SendRate {

    private final Bucket bucket;
    private final BlockingStrategy blocking;

    SendRate(int perSecond, TimeMeter time, BlockingStrategy blocking) {
        this.bucket = perSecond <= 0 ? null : Bucket.builder()
                .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .withCustomTimePrecision(time)
                .build();
        this.blocking = blocking;
    }

    static SendRate perSecond(int perSecond) {
        return new SendRate(perSecond, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
    }

    void acquire() throws InterruptedException {
        if (bucket != null) {
            bucket.asBlocking().consume(1, blocking);
        }
    }
}
