package vn.loa.delivery;

/** What accepting an item did; the lower-case name is logged in {@code intake_events}. */
public enum Outcome {
    PUBLISHED, UPDATED, CORRECTED, SKIPPED, WITHDRAWN, SCHEDULED, NOTE, REJECTED;

    public String key() {
        return name().toLowerCase();
    }
}
