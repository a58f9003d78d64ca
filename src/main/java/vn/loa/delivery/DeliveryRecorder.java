package vn.loa.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.loa.storage.Database;
import vn.loa.storage.Jdbc;
import vn.loa.storage.Queries;
import vn.loa.storage.Timestamps;
import vn.loa.subscriber.Subscribers;

/** Records the planned deliveries of a content version, all {@code pending}, inside the transaction that stores it. */
public final class DeliveryRecorder {

    private final Clock clock;
    private final Queries sql;
    private final String insertMembers;

    DeliveryRecorder(Database db, Clock clock) {
        this.clock = clock;
        this.sql = db.queries(DeliveryRecorder.class, "deliveries");
        // The one statement of Loa that spans two tables, by design: a list's fan-out (a million members) is one
        // INSERT … SELECT inside the item's transaction, so no member row crosses the connection and a crash never
        // leaves half a plan. The subscriber store still owns its side: which members are confirmed is its own
        // statement (Subscribers.confirmedAddresses), placed here; this class writes only deliveries.
        this.insertMembers = sql.sql("insert-members", Map.of("members", Subscribers.confirmedAddresses(db)));
    }

    /** Records every planned delivery of a content version; already recorded ones are left as they are. */
    public void record(Connection c, String contentId, String version, List<PlannedDelivery> planned) throws SQLException {
        String now = Timestamps.format(clock.instant());
        // feeds and chats first: deliveries are attempted in id order, and a unit's feed must not wait behind the
        // hundred thousand members of a list
        List<Object[]> single = new ArrayList<>();
        for (PlannedDelivery p : planned) {
            if (p.listId() == null) {
                single.add(new Object[] {contentId, version, p.channel().key(), p.target(), p.recipient(), p.status().key(),
                        p.note(), now, now, p.kind().key()});
            }
        }
        Jdbc.batch(c, sql.sql("insert-planned"), single);
        for (PlannedDelivery p : planned) {
            if (p.listId() != null) {
                Jdbc.update(c, insertMembers, contentId, version, p.channel().key(), p.target(), now, now,
                        p.kind().key(), p.listId());
            }
        }
    }

    /**
     * A correction to {@code version}: the item's messages and earlier correction notices not yet sent (pending and not
     * claimed, failed, dead) move to it, so they carry it. Returns how many moved.
     */
    public int carryForward(Connection c, String contentId, String version) throws SQLException {
        return Jdbc.update(c, sql.sql("carry-forward"), version, now(), contentId, version, version);
    }

    /** A withdrawal: the item's messages and correction notices not yet sent are skipped with {@code reason}. */
    public int cancelUnsent(Connection c, String contentId, String reason) throws SQLException {
        return Jdbc.update(c, sql.sql("cancel-unsent"), reason, now(), contentId);
    }

    /**
     * Plans a notice of {@code kind} (correction or withdrawal, recorded under {@code version}) for each recipient sent
     * a message of the item in another version, and each one whose message is being sent. Returns how many.
     */
    public int planNotices(Connection c, String contentId, String version, DeliveryKind kind) throws SQLException {
        String now = now();
        return Jdbc.update(c, sql.sql("plan-notices"), version, now, now, kind.key(), contentId, version);
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }
}
