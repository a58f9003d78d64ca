package vn.loa.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.loa.content.Channel;
import vn.loa.storage.Database;
import vn.loa.testing.MutableClock;
import vn.loa.testing.TestStores;

/**
 * The lease rules with two nodes (two pools with different node ids on one database): a row is never handed out
 * twice, a late outcome after the lease moved changes nothing, a start frees only the node's own claims, an expired
 * lease is anyone's, a renewed one is not, and leases run on the database's clock. On both stores.
 */
@Tag("store")
class DeliveryLeasesTest {

    static final Duration LONG = Duration.ofMinutes(5);
    static final Duration SHORT = Duration.ofMillis(400);

    @TempDir
    Path tmp;

    final MutableClock clock = new MutableClock(Instant.now());
    Database dbA;
    Database dbB;

    @BeforeEach
    void open() {
        dbA = Database.open(TestStores.storage(tmp));
        dbB = Database.open(TestStores.storage(tmp));
    }

    @AfterEach
    void close() {
        dbA.close();
        dbB.close();
    }

    DeliveryLog node(Database db, String id, Duration lease, Clock clock) {
        return DeliveryLog.open(db, clock, id, lease);
    }

    void record(int count) {
        List<PlannedDelivery> planned = IntStream.range(0, count).mapToObj(i -> PlannedDelivery.of(Channel.CHAT, "chat-" + i)).toList();
        DeliveryLog log = node(dbA, "recorder", LONG, clock);
        dbA.inTransaction(c -> {
            log.plans().record(c, "tin", "v1", planned);
            return null;
        });
    }

    @Test
    void concurrentClaimsOfTwoNodes_neverHandARowTwice() throws Exception {
        record(1200);
        DeliveryLog a = node(dbA, "node-a", LONG, clock);
        DeliveryLog b = node(dbB, "node-b", LONG, clock);
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        // every worker holds a page before any goes on, so both nodes are claiming while the others are
        CyclicBarrier firstPages = new CyclicBarrier(4);
        List<Future<?>> done = new ArrayList<>();
        for (DeliveryLog node : List.of(a, b, a, b)) {
            done.add(workers.submit(() -> {
                start.await();
                List<Delivery> page = node.leases().claimDue(25);
                page.forEach(d -> claimed.add(d.id()));
                firstPages.await();
                while (!(page = node.leases().claimDue(25)).isEmpty()) {
                    page.forEach(d -> claimed.add(d.id()));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        workers.shutdown();

        assertThat(claimed).hasSize(1200);
        assertThat(new HashSet<>(claimed)).hasSize(1200);
        assertThat(a.leases().heldCount() + b.leases().heldCount()).isEqualTo(1200);
        assertThat(a.leases().heldCount()).isPositive();
        assertThat(b.leases().heldCount()).isPositive();
    }

    @Test
    void lateOutcome_afterTheLeasePassedToAnotherNode_changesNothing_andIsLogged() {
        record(1);
        DeliveryLog a = node(dbA, "node-a", SHORT, clock);
        DeliveryLog b = node(dbB, "node-b", LONG, clock);
        Delivery held = a.leases().claimDue(10).get(0);
        assertThat(b.leases().claimDue(10)).isEmpty();

        // node-a is paused past its lease; node-b takes the delivery over
        List<Delivery> takenOver = await().atMost(Duration.ofSeconds(10)).until(() -> b.leases().claimDue(10), d -> !d.isEmpty());
        ListAppender<ILoggingEvent> warnings = capture(DeliveryOutcomes.class);

        assertThat(a.outcomes().markSent(held.id(), "late-a")).isFalse();
        assertThat(a.outcomes().markFailed(held.id(), "late", true)).isFalse();
        assertThat(a.queries().get(held.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage).anyMatch(m -> m.contains("#" + held.id())
                && m.contains("node-a") && m.contains("outcome sent not recorded"));

        assertThat(b.outcomes().markSent(takenOver.get(0).id(), "b")).isTrue();
        Delivery after = b.queries().get(held.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(after.remoteId()).isEqualTo("b");
        assertThat(after.attempts()).isEqualTo(1);
    }

    @Test
    void leaseThatRanOutButWasNotTakenOver_stillTakesItsHoldersOutcome() {
        record(1);
        DeliveryLog a = node(dbA, "node-a", Duration.ofMillis(1), clock);
        Delivery held = a.leases().claimDue(10).get(0);

        assertThat(a.outcomes().markSent(held.id(), "a")).isTrue();
        assertThat(a.queries().get(held.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void start_releasesOnlyTheNodesOwnClaims_neverAnotherLiveNodes() {
        record(4);
        DeliveryLog a = node(dbA, "node-a", LONG, clock);
        DeliveryLog b = node(dbB, "node-b", LONG, clock);
        List<Delivery> ofA = a.leases().claimDue(2);
        List<Delivery> ofB = b.leases().claimDue(2);

        DeliveryLog restartedA = node(dbA, "node-a", LONG, clock);
        assertThat(restartedA.leases().releaseOwn()).isEqualTo(2);

        assertThat(restartedA.leases().claimDue(10)).extracting(Delivery::id)
                .containsExactlyElementsOf(ofA.stream().map(Delivery::id).toList());
        assertThat(b.outcomes().markSent(ofB.get(0).id(), "b")).isTrue();
        assertThat(b.outcomes().markSent(ofB.get(1).id(), "b")).isTrue();
    }

    @Test
    void expiredLease_isTakenOverByAnyNode() {
        record(3);
        DeliveryLog a = node(dbA, "node-a", SHORT, clock);
        DeliveryLog b = node(dbB, "node-b", LONG, clock);
        Set<Long> ofA = ids(a.leases().claimDue(10));
        assertThat(b.leases().claimDue(10)).isEmpty();

        List<Delivery> takenOver = await().atMost(Duration.ofSeconds(10)).until(() -> b.leases().claimDue(10), d -> !d.isEmpty());

        assertThat(ids(takenOver)).isEqualTo(ofA);
        assertThat(a.leases().renew()).isZero();
        assertThat(a.leases().heldCount()).isZero();
    }

    @Test
    void renewedLease_isNotTakenOver_whileItsWorkGoesOn() {
        record(2);
        DeliveryLog a = node(dbA, "node-a", Duration.ofMillis(600), clock);
        DeliveryLog b = node(dbB, "node-b", LONG, clock);
        a.leases().claimDue(10);

        await().during(Duration.ofMillis(1800)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(150))
                .until(() -> a.leases().renew() == 2 && b.leases().claimDue(10).isEmpty());
    }

    @Test
    void lease_runsOnTheDatabaseClock_notOnANodesOwnClock() {
        record(1);
        // node-a's clock is an hour slow: a lease ending on its clock would look long over to node-b
        DeliveryLog a = node(dbA, "node-a", LONG, new MutableClock(Instant.now().minus(Duration.ofHours(1))));
        DeliveryLog b = node(dbB, "node-b", LONG, clock);
        assertThat(a.leases().claimDue(10)).hasSize(1);

        assertThat(b.leases().claimDue(10)).isEmpty();
    }

    @Test
    void handoff_takesTheFeedsItsOwnNodeHolds_butNotThoseOfAnotherLiveNode() {
        DeliveryLog a = node(dbA, "node-a", LONG, clock);
        DeliveryLog b = node(dbB, "node-b", LONG, clock);
        dbA.inTransaction(c -> {
            a.plans().record(c, "tin-a", "v1", List.of(PlannedDelivery.of(Channel.FEED, "bnv")));
            a.plans().record(c, "tin-b", "v1", List.of(PlannedDelivery.of(Channel.FEED, "bnv")));
            a.leases().claimFeedsForHandoff(c, "tin-a", "v1");
            return null;
        });
        dbB.inTransaction(c -> {
            b.leases().claimFeedsForHandoff(c, "tin-b", "v1");
            return null;
        });

        List<Delivery> feeds = a.leases().claimPendingFeeds(List.of(new Handoff("tin-a", "v1"), new Handoff("tin-b", "v1")));

        assertThat(feeds).extracting(Delivery::contentId).containsExactly("tin-a");
    }

    static Set<Long> ids(List<Delivery> deliveries) {
        return new HashSet<>(deliveries.stream().map(Delivery::id).toList());
    }

    static ListAppender<ILoggingEvent> capture(Class<?> type) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(type)).addAppender(appender);
        return appender;
    }
}
