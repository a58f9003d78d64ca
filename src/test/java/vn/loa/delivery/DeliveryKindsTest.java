package vn.loa.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Retries;
import vn.loa.config.Storage;
import vn.loa.content.Channel;
import vn.loa.storage.ContentStore;
import vn.loa.storage.Database;
import vn.loa.storage.StoredContent;
import vn.loa.testing.MutableClock;
import vn.loa.testing.TestStores;

/** Deliveries of kinds other than the item itself: recorded beside it, routed to their own channel. */
@Tag("store")
class DeliveryKindsTest {

    @TempDir
    Path tmp;

    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T01:00:00Z"));
    DeliveryLog log;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
        log = DeliveryLog.open(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void record(String contentId, PlannedDelivery... planned) {
        db.inTransaction(c -> {
            log.plans().record(c, contentId, "v1", List.of(planned));
            return null;
        });
    }

    @Test
    void upgrade_keepsEveryDeliveryAndItsId_asAPublishDelivery() throws Exception {
        Storage old = TestStores.emptyStorage(java.nio.file.Files.createDirectories(tmp.resolve("old")));
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(old.url());
            ds.setUsername(old.username());
            ds.setPassword(old.password());
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/" + TestStores.vendor().key())
                    .target("9").load().migrate();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("insert into deliveries (id, content_id, content_version, channel, target, recipient,"
                        + " status, attempts, created_at, updated_at, sent_at, remote_id, claimed_by) values (41, 'tin',"
                        + " 'v1', 'email', 'lanh-dao', 'an@moha.gov.vn', 'sent', 1, '2026-11-20T01:00:00.000Z',"
                        + " '2026-11-20T01:00:01.000Z', '2026-11-20T01:00:01.000Z', '<m@loa.test>', null)");
            }
        }
        try (Database upgraded = Database.open(old)) {
            DeliveryLog after = DeliveryLog.open(upgraded, clock);
            assertThat(after.queries().find(DeliveryFilter.all())).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(41);
                assertThat(d.kind()).isEqualTo(DeliveryKind.PUBLISH);
                assertThat(d.remoteId()).isEqualTo("<m@loa.test>");
            });
            upgraded.inTransaction(c -> {
                after.plans().record(c, "tin", "v2", List.of(PlannedDelivery.of(Channel.FEED, "bnv")));
                return null;
            });
            assertThat(after.queries().find(DeliveryFilter.all())).extracting(Delivery::contentVersion, Delivery::kind)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("v1", DeliveryKind.PUBLISH),
                            org.assertj.core.groups.Tuple.tuple("v2", DeliveryKind.PUBLISH));
        }
    }

    @Test
    void correctionToSomeoneSentTheItem_isASecondDelivery_andRecordingItAgainAddsNothing() {
        PlannedDelivery item = PlannedDelivery.of(Channel.EMAIL, "lanh-dao").to("an@moha.gov.vn");
        record("tin", item);
        record("tin", item.as(DeliveryKind.CORRECTION));
        record("tin", item.as(DeliveryKind.CORRECTION), item);

        assertThat(log.queries().find(DeliveryFilter.all())).extracting(Delivery::kind, Delivery::recipient)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeliveryKind.PUBLISH, "an@moha.gov.vn"),
                        org.assertj.core.groups.Tuple.tuple(DeliveryKind.CORRECTION, "an@moha.gov.vn"));
        assertThat(log.queries().find(DeliveryFilter.all()).get(1).columns()).containsEntry("kind", "correction");
    }

    @Test
    void confirmation_isSentByItsOwnChannel_withoutAStoredItem() {
        record("xac-nhan-lanh-dao", PlannedDelivery.of(Channel.EMAIL, "lanh-dao").to("binh@moha.gov.vn")
                .as(DeliveryKind.CONFIRMATION));
        AtomicReference<StoredContent> seen = new AtomicReference<>();
        Dispatcher dispatcher = new Dispatcher(new DeliveryRoutes()
                .add(DeliveryKind.PUBLISH, Channel.EMAIL, (d, content) -> "wrong channel")
                .add(DeliveryKind.CONFIRMATION, Channel.EMAIL, (d, content) -> {
                    seen.set(content);
                    return "<xac-nhan@loa.test>";
                }), log.outcomes(), new ContentStore(db), new Retries(3, 30, 3600), clock);

        log.leases().claimDue(10).forEach(dispatcher::deliver);

        Delivery sent = log.queries().find(DeliveryFilter.all()).get(0);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.remoteId()).isEqualTo("<xac-nhan@loa.test>");
        assertThat(seen.get()).isNull();
    }

    @Test
    void kindWithoutAChannel_failsForGood_sayingSo() {
        record("tin", PlannedDelivery.of(Channel.CHAT, "slack").as(DeliveryKind.WITHDRAWAL));
        Dispatcher dispatcher = new Dispatcher(new DeliveryRoutes(), log.outcomes(), new ContentStore(db),
                new Retries(3, 30, 3600), clock);

        log.leases().claimDue(10).forEach(dispatcher::deliver);

        Delivery failed = log.queries().find(DeliveryFilter.all()).get(0);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.lastError()).isEqualTo("no chat channel sends deliveries of kind withdrawal");
    }
}
