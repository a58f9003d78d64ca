package vn.loa.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.time.Duration;
import vn.loa.content.Channel;

/**
 * One circuit breaker per way out: the SMTP relay, each chat target, each unit's feed folder. After
 * {@link #FAILURES} temporary failures in a row a target is paused for {@code openFor}; its deliveries wait without
 * using up attempts, and other targets and channels go on.
 */
final class TargetBreakers {

    static final int FAILURES = 5;

    private final CircuitBreakerRegistry registry;
    private final Duration openFor;

    TargetBreakers(Clock clock, Duration openFor) {
        this.openFor = openFor;
        this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(FAILURES)
                .minimumNumberOfCalls(FAILURES)
                .failureRateThreshold(100)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                .build());
    }

    /** Every email shares the relay; chat and feed deliveries are paused per target. */
    CircuitBreaker of(Delivery delivery) {
        String key = delivery.channel() == Channel.EMAIL ? "smtp" : delivery.channel().key() + ":" + delivery.target();
        return registry.circuitBreaker(key);
    }

    Duration openFor() {
        return openFor;
    }
}
