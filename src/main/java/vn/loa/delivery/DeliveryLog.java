package vn.loa.delivery;

import java.time.Clock;
import java.time.Duration;
import vn.loa.config.Node;
import vn.loa.storage.Database;

/**
 * The delivery log, table {@code deliveries} (statements in {@code deliveries.sql}), by job: {@link #plans} records
 * every planned delivery before any is attempted, {@link #leases} claims work for this node, {@link #outcomes}
 * records what each attempt did, {@link #queries} answers the log, the reports and the waiting commands. These four
 * are the only classes that read or write the table.
 */
public record DeliveryLog(DeliveryRecorder plans, DeliveryLeases leases, DeliveryOutcomes outcomes, DeliveryQueries queries) {

    public static DeliveryLog open(Database db, Clock clock, Node node) {
        return open(db, clock, node.id(), node.lease());
    }

    /** The log as node {@code node} sees it, whose claims last {@code lease} unless renewed. */
    public static DeliveryLog open(Database db, Clock clock, String node, Duration lease) {
        DeliveryLeases leases = new DeliveryLeases(db, clock, node, lease);
        return new DeliveryLog(new DeliveryRecorder(db, clock), leases, new DeliveryOutcomes(db, clock, leases),
                new DeliveryQueries(db, clock));
    }

    /** For a command that only reads or revives: this host's default node. */
    public static DeliveryLog open(Database db, Clock clock) {
        return open(db, clock, Node.defaults());
    }
}
