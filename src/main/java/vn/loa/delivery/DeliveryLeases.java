package vn.loa.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.storage.Database;
import vn.loa.storage.Jdbc;
import vn.loa.storage.Queries;
import vn.loa.storage.Timestamps;

/**
 * Claims deliveries for this node: atomically (one UPDATE … RETURNING; on PostgreSQL over rows chosen with
 * {@code FOR UPDATE SKIP LOCKED}), with the node's id and a lease that ends on the database clock, so nodes whose
 * clocks differ agree when it has run out. A claim whose lease ran out may be taken by any node. While its work goes
 * on, {@link #renew} extends the leases of what this node still holds; at start, {@link #releaseOwn} frees only the
 * claims this node left behind.
 */
public final class DeliveryLeases {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLeases.class);
    /** Items or ids bound in one statement at most. */
    private static final int CHUNK = 400;

    private final Database db;
    private final Clock clock;
    private final String node;
    private final Duration lease;
    private final Queries sql;
    /** The deliveries this node claimed and has not yet given an outcome or back: what {@link #renew} extends. */
    private final Set<Long> held = ConcurrentHashMap.newKeySet();

    DeliveryLeases(Database db, Clock clock, String node, Duration lease) {
        this.db = db;
        this.clock = clock;
        this.node = node;
        this.lease = lease;
        this.sql = db.queries(DeliveryLeases.class, "deliveries");
    }

    /** This node's id, as recorded in {@code claimed_by}. */
    public String node() {
        return node;
    }

    /** Claims up to {@code limit} deliveries that are due now (pending, past any backoff, not held by a live lease). */
    public List<Delivery> claimDue(int limit) {
        return claimed(db.inTransaction(c -> Jdbc.list(c, sql.sql("claim-due"), DeliveryQueries::row,
                node, lease.toMillis(), now(), limit)));
    }

    /** Claims up to {@code limit} due deliveries of one content version. */
    public List<Delivery> claimPending(String contentId, String version, int limit) {
        return claimed(db.inTransaction(c -> Jdbc.list(c, sql.sql("claim-pending"), DeliveryQueries::row,
                node, lease.toMillis(), contentId, version, now(), limit)));
    }

    /**
     * Inside the transaction that records an item of an inbox batch: claims its feed deliveries for the hand-off that
     * follows, so that the retry sweep leaves them alone while the hand-off waits in its queue. A stop before the
     * hand-off is handled like any claim: released at the next start, or taken over once the lease runs out.
     */
    public void claimFeedsForHandoff(Connection c, String contentId, String version) throws SQLException {
        Jdbc.update(c, sql.sql("claim-feeds-for-handoff"), node, lease.toMillis(), contentId, version);
    }

    /**
     * Claims the due feed deliveries of the handed-off items: the hand-off owns them, also when
     * {@link #claimFeedsForHandoff} claimed them already.
     */
    public List<Delivery> claimPendingFeeds(List<Handoff> handoffs) {
        return claimed(db.inTransaction(c -> {
            List<Delivery> due = new ArrayList<>();
            for (List<Handoff> chunk : chunks(handoffs)) {
                List<Object> params = new ArrayList<>(List.of(node, lease.toMillis(), now(), node));
                chunk.forEach(h -> {
                    params.add(h.contentId());
                    params.add(h.version());
                });
                due.addAll(Jdbc.list(c, sql.sql("claim-pending-feeds", Map.of("items", pairs(chunk.size()))),
                        DeliveryQueries::row, params.toArray()));
            }
            return due;
        }));
    }

    /**
     * Extends the lease of every delivery this node still holds; run while work goes on, well within the lease (a page
     * of a fan-out can take longer than one lease). A delivery that another node took over meanwhile (this node was
     * paused past its lease) is dropped from what it holds, and logged: its outcome will change nothing.
     *
     * @return how many leases were extended
     */
    public int renew() {
        List<Long> ids = new ArrayList<>(held);
        if (ids.isEmpty()) {
            return 0;
        }
        Set<Long> kept = new HashSet<>();
        db.inTransaction(c -> {
            for (int i = 0; i < ids.size(); i += CHUNK) {
                List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
                List<Object> params = new ArrayList<>(List.of(lease.toMillis(), node));
                params.addAll(chunk);
                kept.addAll(Jdbc.list(c, sql.sql("renew", Map.of("ids", String.join(", ", Collections.nCopies(chunk.size(), "?")))),
                        rs -> rs.getLong(1), params.toArray()));
            }
            return null;
        });
        for (Long id : ids) {
            if (!kept.contains(id) && held.remove(id)) {
                LOG.debug("delivery #{} is no longer held by node {} (its outcome was recorded, or its lease passed on)", id, node);
            }
        }
        return kept.size();
    }

    /** Gives claimed deliveries back untried, so that they are claimed again at once (by the next step or node). */
    public void release(Collection<Delivery> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            Jdbc.batch(c, sql.sql("release"), claimed.stream().map(d -> new Object[] {d.id(), node}).toList());
            return null;
        });
        claimed.forEach(d -> held.remove(d.id()));
    }

    /**
     * At start: frees the claims this node left when it stopped (a crash, a kill), so its deliveries are due again
     * (after any backoff they wait for). Claims of other nodes are theirs until their leases run out.
     */
    public int releaseOwn() {
        held.clear();
        return db.query(c -> Jdbc.update(c, sql.sql("release-own"), node));
    }

    /** The outcome of a claimed delivery was recorded (or could not be): it is no longer renewed. */
    void done(long id) {
        held.remove(id);
    }

    /** How many deliveries this node holds now. */
    public int heldCount() {
        return held.size();
    }

    private List<Delivery> claimed(List<Delivery> claimed) {
        List<Delivery> sorted = new ArrayList<>(claimed);
        // RETURNING gives no order; deliveries are attempted in id order (feeds and chats before a list's members)
        sorted.sort(Comparator.comparingLong(Delivery::id));
        sorted.forEach(d -> held.add(d.id()));
        return sorted;
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }

    static List<List<Handoff>> chunks(List<Handoff> handoffs) {
        List<List<Handoff>> out = new ArrayList<>();
        for (int i = 0; i < handoffs.size(); i += CHUNK) {
            out.add(handoffs.subList(i, Math.min(handoffs.size(), i + CHUNK)));
        }
        return out;
    }

    static String pairs(int count) {
        return String.join(", ", Collections.nCopies(count, "(?, ?)"));
    }
}
