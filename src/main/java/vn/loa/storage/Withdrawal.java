package vn.loa.storage;

import java.time.Instant;

/**
 * Why and when an item was withdrawn: the withdrawal's {@code reason} (null when it gave none), who approved it, when
 * Loa took it, and the withdrawal's own version (its notices are logged under it).
 */
public record Withdrawal(String reason, String approvedBy, Instant at, String version) {
}
