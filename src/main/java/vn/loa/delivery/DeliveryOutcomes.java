package vn.loa.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.storage.Database;
import vn.loa.storage.GroupCommit;
import vn.loa.storage.Jdbc;
import vn.loa.storage.Queries;
import vn.loa.storage.Timestamps;

/**
 * Records what an attempt did. Each outcome is durable when its method returns (statements waiting at the same time
 * share one commit, {@link GroupCommit}), and counts only while this node still holds the delivery: after its lease
 * passed to another node, a late answer changes nothing and is logged.
 */
public final class DeliveryOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryOutcomes.class);

    private final Database db;
    private final Clock clock;
    private final DeliveryLeases leases;
    private final Queries sql;
    private final GroupCommit commits;

    DeliveryOutcomes(Database db, Clock clock, DeliveryLeases leases) {
        this.db = db;
        this.clock = clock;
        this.leases = leases;
        this.sql = db.queries(DeliveryOutcomes.class, "deliveries");
        this.commits = new GroupCommit(db);
    }

    /** @return false when the delivery was no longer this node's (nothing changed) */
    public boolean markSent(long id, String remoteId) {
        return markDelivered(id, Receipt.of(remoteId));
    }

    /** Sent, with the remote id and what else the message left on the platform, in one statement. */
    public boolean markDelivered(long id, Receipt receipt) {
        String now = now();
        return held(id, "sent", sql.sql("mark-sent"), now, now, receipt.remoteId(), receipt.details(), id, leases.node());
    }

    /**
     * Moves a claimed delivery, before it is attempted, to {@code version} of its item (the version it will carry).
     * False when the same recipient already has a delivery of that kind and version, or the claim was lost.
     */
    public boolean carryVersion(long id, String version) {
        try {
            return db.query(c -> Jdbc.update(c, sql.sql("carry-version"), version, now(), id, leases.node(), version)) == 1;
        } catch (vn.loa.storage.StorageException e) {
            // PostgreSQL: a delivery of that version was recorded at the same moment (the key refused the move)
            LOG.debug("delivery #{} not moved to version {}: {}", id, version, e.getMessage());
            return false;
        }
    }

    public boolean markSkipped(long id, String reason) {
        return held(id, "skipped", sql.sql("mark-skipped"), truncate(reason), now(), id, leases.node());
    }

    /** A temporary failure: the delivery stays pending and is tried again at {@code retryAt}. */
    public boolean markDeferred(long id, String error, Instant retryAt, boolean countsAsAttempt) {
        String now = now();
        return held(id, "deferred", sql.sql("mark-deferred"), countsAsAttempt ? 1 : 0, truncate(error), now,
                Timestamps.format(retryAt), countsAsAttempt ? 1 : 0, now, id, leases.node());
    }

    /** A permanent failure ({@code failed}, until {@code retry}) or the last allowed attempt ({@code dead}). */
    public boolean markFailed(long id, String error, boolean dead) {
        String now = now();
        return held(id, dead ? "dead" : "failed", sql.sql("mark-failed"), dead ? "dead" : "failed", truncate(error),
                now, now, id, leases.node());
    }

    /** Records several claimed deliveries as sent in one transaction; {@code remoteIds} maps delivery id to remote id. */
    public void markAllSent(Map<Long, String> remoteIds) {
        if (remoteIds.isEmpty()) {
            return;
        }
        String now = now();
        List<Long> lost = new ArrayList<>();
        try {
            db.inTransaction(c -> {
                for (Map.Entry<Long, String> sent : remoteIds.entrySet()) {
                    if (Jdbc.update(c, sql.sql("mark-sent"), now, now, sent.getValue(), null, sent.getKey(), leases.node()) == 0) {
                        lost.add(sent.getKey());
                    }
                }
                return null;
            });
        } finally {
            remoteIds.keySet().forEach(leases::done);
        }
        lost.forEach(id -> warnLost(id, "sent"));
    }

    /**
     * A bounce for a delivery that left: failed with {@code last_error} "bounced: REASON" and never tried again.
     * False when the delivery is unknown or this bounce was already recorded (a mailbox may be read twice).
     */
    public boolean markBounced(long id, String reason) {
        String now = now();
        return db.query(c -> Jdbc.update(c, sql.sql("mark-bounced"), truncate("bounced: " + reason), now, now, id)) == 1;
    }

    /** Makes failed (and, with {@code dead}, dead) deliveries pending again; returns how many. */
    public int revive(String contentId, boolean dead) {
        return revive(contentId, null, dead);
    }

    /** Makes failed (and, with {@code dead}, dead) deliveries of an item and/or a target pending again; null: all. */
    public int revive(String contentId, String target, boolean dead) {
        StringBuilder filters = new StringBuilder();
        List<Object> params = new ArrayList<>(List.of(now()));
        if (contentId != null) {
            filters.append(' ').append(sql.sql("and-content"));
            params.add(contentId);
        }
        if (target != null) {
            filters.append(' ').append(sql.sql("and-target"));
            params.add(target);
        }
        String statement = sql.sql("revive", Map.of("statuses", dead ? "'failed', 'dead'" : "'failed'",
                "filters", filters.toString()));
        return db.query(c -> Jdbc.update(c, statement, params.toArray()));
    }

    private boolean held(long id, String outcome, String statement, Object... params) {
        int changed;
        try {
            changed = commits.update(statement, params);
        } finally {
            leases.done(id);
        }
        if (changed == 0) {
            warnLost(id, outcome);
            return false;
        }
        return true;
    }

    private void warnLost(long id, String outcome) {
        LOG.warn("delivery #{} is no longer held by node {} (its lease passed to another node): outcome {} not recorded",
                id, leases.node(), outcome);
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "…";
    }
}
