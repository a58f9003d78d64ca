package vn.loa.delivery;

import vn.loa.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Chat;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.config.Retries;
import vn.loa.config.Site;
import vn.loa.config.Storage;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.content.Channel;
import vn.loa.content.ContentStatus;
import vn.loa.content.ContentType;
import vn.loa.storage.ContentStore;
import vn.loa.storage.Database;
import vn.loa.testing.MutableClock;

/** The delivery log on a real SQLite file: recording before attempting, backoff, dead, revive. */
@Tag("store")
class DeliveryLogTest {

    @TempDir
    Path tmp;

    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T01:00:00Z"));
    DeliveryLog log;
    Publisher publisher;
    ContentStore contents;
    final AtomicReference<DeliveryException> failure = new AtomicReference<>();

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
        LoaConfig config = new LoaConfig(new Site("http://loa.test", null, null), null,
                List.of(new Unit("bnv", "Bộ Nội vụ", null, null, null, List.of("lanh-dao"), List.of("slack"), null)),
                List.of(new MailList("lanh-dao", "Lãnh đạo", null, true, null)),
                List.of(new Chat("slack", "slack", null, null, null, null, null, null, null, null)),
                null, null, null, null, null, new Retries(3, 30, 3600), null, null);
        log = DeliveryLog.open(db, clock);
        contents = new ContentStore(db);
        publisher = new Publisher(db, contents, log, new DeliveryPlanner(config), new IntakeEvents(db, clock), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Article article(String id, String version) {
        return new Article(id, version, ContentType.ARTICLE, ContentStatus.APPROVED, "Tiêu đề", "Tóm tắt", "<p>Thân</p>",
                List.of("bnv"), null, null, Set.of(Channel.values()), null, List.of(), null, null, null, "A", false, null,
                id + ".md");
    }

    Dispatcher dispatcher() {
        DeliveryChannel failing = (delivery, content) -> {
            if (failure.get() != null) {
                throw failure.get();
            }
            return "ok-" + delivery.id();
        };
        return new Dispatcher(Map.of(Channel.FEED, failing, Channel.EMAIL, failing, Channel.CHAT, failing), log.outcomes(), contents,
                new Retries(3, 30, 3600), clock);
    }

    @Test
    void acceptedItem_hasEveryDeliveryRecordedPendingBeforeAnyAttempt() {
        publisher.accept(article("tin", "v1"));

        assertThat(log.queries().find(DeliveryFilter.all())).extracting(Delivery::channel, Delivery::target, Delivery::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Channel.FEED, "bnv", DeliveryStatus.PENDING),
                        org.assertj.core.groups.Tuple.tuple(Channel.CHAT, "slack", DeliveryStatus.PENDING));
    }

    @Test
    void feedAndChatDeliveries_comeBeforeTheListMembers_soTheyAreNotKeptWaitingByAFanOut() {
        vn.loa.subscriber.Subscribers members = new vn.loa.subscriber.Subscribers(db, clock);
        MailList list = new MailList("lanh-dao", "Lãnh đạo", null, false, null);
        for (int i = 0; i < 50; i++) {
            members.add(list, "nguoi" + i + "@loa.test", null, new vn.loa.subscriber.Consent(
                    vn.loa.subscriber.Consent.Action.ADD, vn.loa.subscriber.Consent.Source.CLI, "test", null));
        }

        publisher.accept(article("tin", "v1"));

        List<Delivery> inOrder = log.leases().claimPending("tin", "v1", 100);
        assertThat(inOrder).hasSize(52);
        assertThat(inOrder.subList(0, 2)).extracting(Delivery::channel).containsExactlyInAnyOrder(Channel.FEED, Channel.CHAT);
        assertThat(inOrder.subList(2, 52)).extracting(Delivery::channel).containsOnly(Channel.EMAIL);
    }

    @Test
    void temporaryFailure_staysPendingUntilItsBackoff_andIsDeadAfterTheConfiguredAttempts() {
        publisher.accept(article("tin", "v1"));
        failure.set(DeliveryException.temporary("máy chủ không trả lời", null));
        Dispatcher dispatcher = dispatcher();

        log.leases().claimPending("tin", "v1", 10).forEach(dispatcher::deliver);
        assertThat(log.queries().find(DeliveryFilter.all())).allMatch(d -> d.status() == DeliveryStatus.PENDING && d.attempts() == 1
                && "máy chủ không trả lời".equals(d.lastError()));
        assertThat(log.leases().claimDue(10)).isEmpty();

        clock.advance(Duration.ofSeconds(37));
        List<Delivery> due = log.leases().claimDue(10);
        assertThat(due).hasSize(2);
        due.forEach(dispatcher::deliver);
        clock.advance(Duration.ofMinutes(2));
        log.leases().claimDue(10).forEach(dispatcher::deliver);

        assertThat(log.queries().find(DeliveryFilter.all())).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.DEAD);
            assertThat(d.attempts()).isEqualTo(3);
            assertThat(d.lastError()).isEqualTo("máy chủ không trả lời");
        });
        clock.advance(Duration.ofDays(1));
        assertThat(log.leases().claimDue(10)).isEmpty();
    }

    @Test
    void permanentFailure_isNotRetried_untilRevived() {
        publisher.accept(article("tin", "v1"));
        failure.set(DeliveryException.permanent("550 hộp thư không tồn tại"));
        Dispatcher dispatcher = dispatcher();
        log.leases().claimPending("tin", "v1", 10).forEach(dispatcher::deliver);
        clock.advance(Duration.ofDays(1));
        assertThat(log.leases().claimDue(10)).isEmpty();

        assertThat(log.outcomes().revive("tin", false)).isEqualTo(2);
        failure.set(null);
        log.leases().claimDue(10).forEach(dispatcher::deliver);

        assertThat(log.queries().find(DeliveryFilter.all())).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.remoteId()).isEqualTo("ok-" + d.id());
        });
    }

    @Test
    void claimedDelivery_isNotClaimedTwice_untilClaimsAreReleasedAtRestart() {
        publisher.accept(article("tin", "v1"));

        assertThat(log.leases().claimPending("tin", "v1", 10)).hasSize(2);
        assertThat(log.leases().claimDue(10)).isEmpty();
        assertThat(log.leases().releaseOwn()).isEqualTo(2);
        assertThat(log.leases().claimDue(10)).hasSize(2);
    }

    @Test
    void sameVersionAcceptedTwice_recordsNothingNew() {
        publisher.accept(article("tin", "v1"));
        Publication again = publisher.accept(article("tin", "v1"));

        assertThat(again.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(log.queries().find(DeliveryFilter.all())).hasSize(2);
    }

    @Test
    void targetFailingFiveTimesInARow_isPaused_withoutUsingUpAttempts_andTriedAgainAfterThePause() {
        for (int i = 1; i <= 7; i++) {
            publisher.accept(article("tin-" + i, "v1"));
        }
        failure.set(DeliveryException.temporary("connection refused", null));
        Dispatcher dispatcher = dispatcher();
        List<Delivery> chats = log.leases().claimDue(100).stream().filter(d -> d.channel() == Channel.CHAT).toList();
        chats.forEach(dispatcher::deliver);

        List<Delivery> after = log.queries().find(new DeliveryFilter(null, Channel.CHAT, null, null, null));
        assertThat(after).allMatch(d -> d.status() == DeliveryStatus.PENDING);
        assertThat(after).filteredOn(d -> d.attempts() == 1).hasSize(TargetBreakers.FAILURES);
        assertThat(after).filteredOn(d -> d.attempts() == 0).hasSize(2)
                .allMatch(d -> d.lastError().startsWith("paused: chat:slack failed 5 times in a row"));

        failure.set(null);
        clock.advance(Dispatcher.PAUSE.plusSeconds(1));
        Delivery paused = after.stream().filter(d -> d.attempts() == 0).findFirst().orElseThrow();
        dispatcher.deliver(log.leases().claimDue(100).stream().filter(d -> d.id() == paused.id()).findFirst().orElseThrow());
        assertThat(log.queries().get(paused.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void gracefulStop_handsOutNoMoreDeliveries_andGivesTheRestBackAtOnce() {
        publisher.accept(article("tin", "v1"));
        DeliveryQueue queue = new DeliveryQueue(log.leases());
        var deliveries = queue.pendingOf("tin@v1");
        Delivery inFlight = deliveries.next();
        dispatcher().deliver(inFlight);

        queue.stop();

        assertThat(deliveries.hasNext()).isFalse();
        assertThat(queue.due().hasNext()).isFalse();
        assertThat(log.leases().heldCount()).isZero();
        assertThat(log.leases().releaseOwn()).isZero();
        assertThat(new DeliveryQueue(log.leases()).due()).toIterable().extracting(Delivery::status)
                .containsExactly(DeliveryStatus.PENDING);
        assertThat(log.queries().get(inFlight.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
    }
}
