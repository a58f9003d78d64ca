package vn.loa.report;

import vn.loa.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Chat;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.config.Site;
import vn.loa.config.Storage;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.content.Channel;
import vn.loa.content.ContentStatus;
import vn.loa.content.ContentType;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryFilter;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.DeliveryPlanner;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.IntakeEvents;
import vn.loa.delivery.Publisher;
import vn.loa.storage.ContentStore;
import vn.loa.storage.Database;
import vn.loa.subscriber.Consent;
import vn.loa.subscriber.Subscribers;
import vn.loa.testing.MutableClock;

/** Quarterly figures per unit from a real delivery log, rolled up into parents. */
@Tag("store")
class ReportsTest {

    @TempDir
    Path tmp;

    final MutableClock clock = new MutableClock(Instant.EPOCH);
    Database db;
    LoaConfig config;
    Publisher publisher;
    DeliveryLog log;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
        config = new LoaConfig(new Site("http://loa.test", null, null), null,
                List.of(new Unit("bnv", "Bộ Nội vụ", null, null, null, List.of(), List.of("slack"), null),
                        new Unit("so-noi-vu-hn", "Sở Nội vụ Hà Nội", null, null, "bnv", List.of("lanh-dao"), List.of(), null),
                        new Unit("tt-qhdtnn", "Trung tâm", null, null, null, List.of(), List.of(), null)),
                List.of(new MailList("lanh-dao", "Lãnh đạo", null, false, null)),
                List.of(new Chat("slack", "slack", null, null, null, null, null, null, null, null)),
                null, null, null, null, null, null, null, null);
        log = DeliveryLog.open(db, clock);
        publisher = new Publisher(db, new ContentStore(db), log, new DeliveryPlanner(config), new IntakeEvents(db, clock), clock);
        clock.set(Instant.parse("2026-07-01T00:00:00Z"));
        Subscribers subscribers = new Subscribers(db, clock);
        MailList list = config.list("lanh-dao").orElseThrow();
        subscribers.add(list, "x@so.gov.vn", null, Consent.cli(Consent.Action.ADD, "test"));
        subscribers.add(list, "y@so.gov.vn", null, Consent.cli(Consent.Action.ADD, "test"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Article article(String id, String unit, String bulletin) {
        return new Article(id, "v1", ContentType.ARTICLE, ContentStatus.APPROVED, "Tiêu đề " + id, "Tóm tắt", "<p>Thân</p>",
                List.of(unit), null, null, Set.of(Channel.values()), null, List.of(), null, null, null, "A", false,
                bulletin, id + ".md");
    }

    void deliverAll(String contentId, String failingRecipient) {
        for (Delivery d : log.leases().claimPending(contentId, "v1", 1000)) {
            if (d.recipient().equals(failingRecipient)) { // null: none fails
                log.outcomes().markFailed(d.id(), "550", false);
            } else {
                log.outcomes().markSent(d.id(), "ok");
            }
        }
    }

    @Test
    void quarter_countsItemsDeliveriesAndRecipients_andRollsChildrenIntoParents() {
        clock.set(Instant.parse("2026-08-10T03:00:00Z"));
        publisher.accept(article("tin-q3", "so-noi-vu-hn", null));
        deliverAll("tin-q3", "y@so.gov.vn");
        clock.set(Instant.parse("2026-10-05T03:00:00Z"));
        publisher.accept(article("tin-q4", "bnv", null));
        publisher.accept(article("cchc-2026-40", "bnv", "cchc"));
        deliverAll("tin-q4", null);

        Report q3 = new Reports(config, new ContentStore(db), DeliveryLog.open(db, clock).queries(), clock).build(Period.parse("2026-Q3"), null);
        Report q4 = new Reports(config, new ContentStore(db), DeliveryLog.open(db, clock).queries(), clock).build(Period.parse("2026-q4"), null);

        UnitFigures child = q3.units().get(1);
        assertThat(child.unitId()).isEqualTo("so-noi-vu-hn");
        assertThat(child.items()).isEqualTo(1);
        assertThat(child.count(Channel.FEED, DeliveryStatus.SENT)).isEqualTo(1);
        assertThat(child.count(Channel.EMAIL, DeliveryStatus.SENT)).isEqualTo(1);
        assertThat(child.count(Channel.EMAIL, DeliveryStatus.FAILED)).isEqualTo(1);
        assertThat(child.recipients()).isEqualTo(1);
        UnitFigures parent = q3.units().get(0);
        assertThat(parent.items()).isEqualTo(1);
        assertThat(parent.count(Channel.EMAIL, DeliveryStatus.SENT)).isEqualTo(1);
        assertThat(q3.units().get(2).items()).isZero();

        assertThat(q4.units().get(0).items()).isEqualTo(1);
        assertThat(q4.units().get(0).bulletinIssues()).isEqualTo(1);
        assertThat(q4.units().get(0).count(Channel.CHAT, DeliveryStatus.SENT)).isEqualTo(1);
        assertThat(q4.units().get(1).items()).isZero();
    }

    @Test
    void oneUnit_andEveryFormat() {
        clock.set(Instant.parse("2026-08-10T03:00:00Z"));
        publisher.accept(article("tin-q3", "so-noi-vu-hn", null));
        deliverAll("tin-q3", null);
        Report report = new Reports(config, new ContentStore(db), DeliveryLog.open(db, clock).queries(), clock).build(Period.parse("2026-07-01..2026-09-30"), "bnv");

        assertThat(report.units()).extracting(UnitFigures::unitId).containsExactly("bnv");
        assertThat(ReportFormat.MD.render(report)).contains("| Bộ Nội vụ (bnv) | 1 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |");
        assertThat(ReportFormat.CSV.render(report)).contains(
                "2026-07-01..2026-09-30,bnv,\"Bộ Nội vụ\",1,0,1,2,0,0,0,0,0,2");
        assertThat(ReportFormat.HTML.render(report)).contains("<table>", "Bộ Nội vụ (bnv)", "lang=\"vi\"");
        assertThatThrownBy(() -> new Reports(config, new ContentStore(db), DeliveryLog.open(db, clock).queries(), clock).build(Period.parse("2026"), "khong-co"))
                .hasMessageStartingWith("đơn vị 'khong-co' không có trong loa.yaml (hiện có: ");
    }

    @Test
    void periods_parseEveryForm_andRefuseOthers() {
        assertThat(Period.parse("2026-Q3")).isEqualTo(new Period("2026-Q3", java.time.LocalDate.of(2026, 7, 1),
                java.time.LocalDate.of(2026, 9, 30)));
        assertThat(Period.parse("2026-H2").first()).isEqualTo(java.time.LocalDate.of(2026, 7, 1));
        assertThat(Period.parse("2026").last()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(Period.parse("2026-Q1").start(ZoneId.of("Asia/Ho_Chi_Minh"))).isEqualTo(Instant.parse("2025-12-31T17:00:00Z"));
        for (String bad : new String[] {"2026-Q5", "Q3", "2026-02-30..2026-03-01", "2026-09-30..2026-07-01", ""}) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
