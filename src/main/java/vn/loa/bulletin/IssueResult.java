package vn.loa.bulletin;

/**
 * What compiling an issue did: a compiled issue with the hand-off of its item to delivery, a skipped one with its
 * reason, or nothing (the fire time was already answered).
 *
 * @param handoff {@code contentId@version} for the delivery endpoint; null unless compiled
 */
public record IssueResult(IssueRecord issue, String handoff) {

    public boolean compiled() {
        return handoff != null;
    }

    public boolean skipped() {
        return issue != null && issue.skipped();
    }
}
