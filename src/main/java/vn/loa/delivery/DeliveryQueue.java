package vn.loa.delivery;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Hands claimed deliveries to the delivery route page by page, so a large fan-out is never loaded whole. */
public final class DeliveryQueue {

    static final int PAGE = 500;

    private final DeliveryLog log;
    private final AtomicBoolean stopping = new AtomicBoolean();

    public DeliveryQueue(DeliveryLog log) {
        this.log = log;
    }

    /**
     * For a graceful stop: no delivery is handed out any more, so in-flight ones finish and the rest stay pending
     * (their claims are released on the next start).
     */
    public void stop() {
        stopping.set(true);
    }

    /**
     * The pending deliveries of the handed-off content versions: body {@code contentId@version} as handed off by
     * intake, one per line when a batch of items was handed off together.
     */
    public Iterator<Delivery> pendingOf(String handoff) {
        Iterator<String> items = items(handoff).iterator();
        return new Iterator<>() {
            private Iterator<Delivery> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && items.hasNext() && !stopping.get()) {
                    String item = items.next();
                    int at = item.lastIndexOf('@');
                    String contentId = item.substring(0, at);
                    String version = item.substring(at + 1);
                    current = pages(() -> log.claimPending(contentId, version, PAGE));
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

    /** The {@code contentId@version} lines of a hand-off body. */
    static List<String> items(String handoff) {
        return handoff == null ? List.of() : handoff.lines().map(String::strip).filter(line -> line.contains("@")).toList();
    }

    /** Every delivery that is due now: pending ones left behind and failed ones past their backoff. */
    public Iterator<Delivery> due() {
        return pages(() -> log.claimDue(PAGE));
    }

    private Iterator<Delivery> pages(java.util.function.Supplier<List<Delivery>> nextPage) {
        return new Iterator<>() {
            private Iterator<Delivery> page = stopping.get() ? Collections.emptyIterator() : nextPage.get().iterator();
            private boolean more = true;

            @Override
            public boolean hasNext() {
                if (stopping.get()) {
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
