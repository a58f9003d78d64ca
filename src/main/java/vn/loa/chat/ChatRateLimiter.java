package vn.loa.chat;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.loa.config.Chat;
import vn.loa.delivery.DeliveryException;

/**
 * One token bucket per chat target at its type's {@link ChatPace}: {@link #acquire} blocks the sending thread
 * until the target may take another message, so a burst of articles queues instead of failing.
 */
final class ChatRateLimiter {

    private final Function<String, ChatPace> paces;
    private final TimeMeter time;
    private final BlockingStrategy blocking;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ChatRateLimiter(Function<String, ChatPace> paces, TimeMeter time, BlockingStrategy blocking) {
        this.paces = paces;
        this.time = time;
        this.blocking = blocking;
    }

    /** The platforms' published paces on the system clock. */
    static ChatRateLimiter withDefaults() {
        return new ChatRateLimiter(ChatPace::forType, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
    }

    void acquire(Chat chat) throws DeliveryException {
        Bucket bucket = buckets.computeIfAbsent(chat.id(), id -> bucket(paces.apply(chat.type())));
        if (bucket == null) {
            return;
        }
        try {
            bucket.asBlocking().consume(1, blocking);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.temporary(ChatHttp.prefix(chat) + "interrupted while waiting for the rate limit", null);
        }
    }

    /** Null for an unlimited pace (a map holds no nulls, so such targets are looked up again: cheap). */
    private Bucket bucket(ChatPace pace) {
        if (pace == null || pace.limits().isEmpty()) {
            return null;
        }
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        for (ChatPace.Limit limit : pace.limits()) {
            builder.addLimit(l -> l.capacity(limit.messages()).refillGreedy(limit.messages(), limit.period()));
        }
        return builder.build();
    }
}
