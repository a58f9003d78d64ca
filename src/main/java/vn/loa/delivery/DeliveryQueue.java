package vn.loa.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Hands claimed deliveries to the delivery route page by page, so a large fan-out is never loaded whole. */
public final class DeliveryQueue {

    static final int PAGE = 500;

    private final DeliveryLeases log;
    private final AtomicBoolean stopping = new AtomicBoolean();

    public DeliveryQueue(DeliveryLeases log) {
        this.log = log;
    }

    /**
     * For a graceful stop: no delivery is handed out any more, so in-flight ones finish; the claimed ones not yet
     * handed out are given back at once, for another node (or the next start) to take.
     */
    public void stop() {
        stopping.set(true);
    }

    /**
     * The pending deliveries of the handed-off content versions: body {@code contentId@version} as handed off by
     * intake, one per line when a batch of items was handed off together.
     */
    public Iterator<Delivery> pendingOf(String handoff) {
        Iterator<Handoff> items = Handoff.lines(handoff).iterator();
        return new Iterator<>() {
            private Iterator<Delivery> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && items.hasNext() && !stopping.get()) {
                    Handoff item = items.next();
                    current = pages(() -> log.claimPending(item.contentId(), item.version(), PAGE));
                }
                return current.hasNext();
            }

            @Override
            public Delivery next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** Every delivery that is due now: pending ones left behind and failed ones past their backoff. */
    public Iterator<Delivery> due() {
        return pages(() -> log.claimDue(PAGE));
    }

    private Iterator<Delivery> pages(Supplier<List<Delivery>> nextPage) {
        return new Iterator<>() {
            private Iterator<Delivery> page = stopping.get() ? Collections.emptyIterator() : nextPage.get().iterator();
            private boolean more = true;

            @Override
            public boolean hasNext() {
                if (stopping.get()) {
                    List<Delivery> untried = new ArrayList<>();
                    page.forEachRemaining(untried::add);
                    log.release(untried);
                    return false;
                }
                if (!page.hasNext() && more) {
                    List<Delivery> next = nextPage.get();
                    more = !next.isEmpty();
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public Delivery next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }
}
