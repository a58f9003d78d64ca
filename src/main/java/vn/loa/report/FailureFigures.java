package vn.loa.report;

import vn.loa.content.Channel;

/**
 * The deliveries of one channel (of the period's items) that failed at least once, and what became of them.
 *
 * @param failed    how many failed at least once: a permanent failure, a bounce, the last attempt, or a temporary one
 * @param resent    of those, sent since (after an automatic retry or {@code loa retry})
 * @param retrying  of those, waiting for another attempt
 * @param stillFailed of those, failed and waiting for a person ({@code loa retry})
 * @param dead      of those, given up after the last allowed attempt
 */
public record FailureFigures(Channel channel, int failed, int resent, int retrying, int stillFailed, int dead) {
}
