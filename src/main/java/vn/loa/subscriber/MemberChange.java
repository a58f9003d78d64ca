package vn.loa.subscriber;

/** What adding a confirmed member (an import row, {@code subscribers add}) did. */
public enum MemberChange {
    /** A new member. */
    ADDED,
    /** An existing member whose name or attributes changed, or who was pending and is now confirmed. */
    UPDATED,
    /** Already confirmed with the same name and attributes. */
    UNCHANGED,
    /** Unsubscribed or bounced: left as it is, since only the person can subscribe again. */
    NOT_RESUBSCRIBED
}
