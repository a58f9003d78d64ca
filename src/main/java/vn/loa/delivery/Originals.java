package vn.loa.delivery;

import java.time.Duration;

/**
 * The message a correction or withdrawal notice is about (the latest message of its item to the same recipient), and
 * whether the notice has anything to do: it waits while that message is still being sent, and is skipped when the
 * message never went or already carried the corrected version.
 */
public final class Originals {

    private final DeliveryQueries queries;
    private final Duration wait;

    /** {@code wait}: how long a notice waits for a message still being sent before it looks again. */
    public Originals(DeliveryQueries queries, Duration wait) {
        this.queries = queries;
        this.wait = wait;
    }

    /** The sent original of {@code notice}; else a wait ({@link DeliveryException#notYet}) or a skip that says why. */
    public Delivery of(Delivery notice) throws DeliveryException {
        Delivery original = queries.originalOf(notice).orElseThrow(() ->
                DeliveryException.skipped("nothing of the item was sent to this recipient"));
        switch (original.status()) {
            case SENT -> {
                if (notice.kind() == DeliveryKind.CORRECTION && original.contentVersion().equals(notice.contentVersion())) {
                    throw DeliveryException.skipped("the recipient was sent the corrected version (delivery #"
                            + original.id() + ")");
                }
                return original;
            }
            case PENDING -> throw DeliveryException.notYet("the message it is about (delivery #" + original.id()
                    + ") is still being sent", wait);
            default -> throw DeliveryException.skipped("the message it is about (delivery #" + original.id()
                    + ") was not sent: " + original.status().key());
        }
    }
}
