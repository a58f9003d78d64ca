package vn.loa.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.app.Components;
import vn.loa.config.ConfigLoader;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.content.Article;
import vn.loa.content.Channel;
import vn.loa.content.ContentStatus;
import vn.loa.content.ContentType;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryFilter;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.DeliveryPlanner;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.Publisher;
import vn.loa.subscriber.Consent;
import vn.loa.subscriber.Subscribers;
import vn.loa.testing.MutableClock;
import vn.loa.testing.TestStores;

/**
 * A known set of units, lists, subscribers, items, deliveries and one bulletin issue over the third and fourth quarter
 * of 2026, built through the real publisher, delivery log, subscriber store and bulletin on a real database (SQLite,
 * or PostgreSQL under {@code -Dloa.test.store=postgresql}), with a clock the fixture moves. The comments give every
 * figure the tests expect.
 *
 * <pre>
 * units   bnv (Bộ Nội vụ) ─ so-noi-vu-hn (Sở Nội vụ) ─ phong-cchc;   tt-qhdtnn apart
 * lists   lanh-dao (bnv's): a, b from 1 June; b removed 10 July; f added 1 October
 *         cong-dan (so-noi-vu-hn's): c, d from 1 June; e added 10 July; d bounced 1 August
 * items   tin-ca-hai  20 Jul  bnv + so-noi-vu-hn  feeds 2, email a c d e (d fails, e fails for now then is sent),
 *                              slack; updated 10 Aug (feeds again, email and chat skipped)
 *         tin-tt      05 Aug  tt-qhdtnn           feed; withdrawn 1 Sep (feed again)
 *         tin-so      14 Sep 23:30  so-noi-vu-hn  feed, email c e (e fails, is retried, sent)
 *         cchc 1/2026 14 Sep 23:45  bulletin issue for bnv with tin-so: feed, email a
 *         tin-bnv     15 Sep 00:30  bnv           feed, email a (dead), slack
 * </pre>
 * Times are Asia/Ho_Chi_Minh; 14 and 15 September sit on either side of the Q3/Q4 cut-off.
 */
public final class ReportFixture implements AutoCloseable {

    static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    final MutableClock clock = new MutableClock(at("2026-06-01T09:00"));
    public final LoaConfig config;
    final Components loa;
    final DeliveryLog log;
    final Subscribers subscribers;

    public ReportFixture(Path tmp) {
        Path yaml = tmp.resolve("loa.yaml");
        write(yaml, """
                site: { base_url: "http://loa.test", timezone: Asia/Ho_Chi_Minh }
                paths: { content: "%s", data: "%s" }
                %s
                report: { issuer: bnv, place: "Hà Nội" }
                units:
                  - id: bnv
                    name: "Bộ Nội vụ"
                    lists: [lanh-dao]
                    chats: [slack]
                    report:
                      symbol: BNV
                      signer_authority: "KT. BỘ TRƯỞNG"
                      signer_title: "Thứ trưởng"
                      signer_name: "Nguyễn Văn An"
                      recipients: ["Ban Chỉ đạo cải cách hành chính của Chính phủ", "Lưu: VT, VP"]
                  - id: so-noi-vu-hn
                    name: "Sở Nội vụ thành phố Hà Nội"
                    parent: bnv
                    lists: [cong-dan]
                    report:
                      symbol: SNV
                      signer_title: "GIÁM ĐỐC"
                      signer_name: "Lê Thị Cúc"
                      to: ["Bộ Nội vụ"]
                  - id: phong-cchc
                    name: "Phòng Cải cách hành chính"
                    parent: so-noi-vu-hn
                  - id: tt-qhdtnn
                    name: "Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia"
                lists:
                  - { id: lanh-dao, name: "Lãnh đạo các cơ quan, đơn vị", double_opt_in: false }
                  - { id: cong-dan, name: "Người dân và doanh nghiệp", double_opt_in: false }
                chats:
                  - { id: slack, type: slack }
                bulletins:
                  - id: cchc
                    title: "Bản tin điện tử Cải cách hành chính"
                    units: [bnv, so-noi-vu-hn, phong-cchc, tt-qhdtnn]
                    lists: [lanh-dao]
                    chats: []
                    publish_to: bnv
                """.formatted(tmp.resolve("content"), tmp.resolve("data"), TestStores.yaml(tmp).strip()));
        config = new ConfigLoader(Map.of()).load(yaml);
        loa = new Components(config, clock);
        log = loa.deliveries();
        subscribers = loa.subscribers();
    }

    /** Builds the whole set; returns this. */
    public ReportFixture build() {
        add("lanh-dao", "a@bnv.gov.vn", "b@bnv.gov.vn");
        add("cong-dan", "c@dan.vn", "d@dan.vn");
        clock.set(at("2026-07-10T09:00"));
        subscribers.remove(list("lanh-dao"), "b@bnv.gov.vn", Consent.cli(Consent.Action.REMOVE, "test"));
        add("cong-dan", "e@dan.vn");

        clock.set(at("2026-07-20T10:00"));
        publish(article("tin-ca-hai", "v1", "Hai đơn vị cùng triển khai Kế hoạch CCHC", "bnv", "so-noi-vu-hn"));
        for (Delivery d : claimed("tin-ca-hai")) {
            switch (d.recipient()) {
                case "d@dan.vn" -> log.outcomes().markFailed(d.id(), "550 mailbox unavailable", false);
                case "e@dan.vn" -> log.outcomes().markDeferred(d.id(), "421 try later", clock.instant().plusSeconds(60), true);
                default -> log.outcomes().markSent(d.id(), "ok");
            }
        }
        clock.set(at("2026-07-20T11:00"));
        sendPending("tin-ca-hai");

        clock.set(at("2026-08-01T09:00"));
        subscribers.recordHardBounce(list("cong-dan"), "d@dan.vn", "550 mailbox unavailable", 1);
        clock.set(at("2026-08-05T09:00"));
        publish(article("tin-tt", "v1", "Trung tâm rà soát thủ tục hành chính", "tt-qhdtnn"));
        sendPending("tin-tt");
        clock.set(at("2026-08-10T09:00"));
        publish(article("tin-ca-hai", "v2", "Hai đơn vị cùng triển khai Kế hoạch cải cách hành chính", "bnv", "so-noi-vu-hn"));
        sendPending("tin-ca-hai");
        clock.set(at("2026-09-01T09:00"));
        publish(withdrawal("tin-tt", "tt-qhdtnn"));
        sendPending("tin-tt");

        clock.set(at("2026-09-14T23:30"));
        publish(article("tin-so", "v1", "Sở Nội vụ công bố chỉ số cải cách hành chính", "so-noi-vu-hn"));
        for (Delivery d : claimed("tin-so")) {
            if (d.recipient().equals("e@dan.vn")) {
                log.outcomes().markFailed(d.id(), "554 rejected", false);
            } else {
                log.outcomes().markSent(d.id(), "ok");
            }
        }
        log.outcomes().revive("tin-so", false);
        sendPending("tin-so");
        clock.set(at("2026-09-14T23:45"));
        loa.bulletins().compileNow("cchc");
        sendPending("cchc-2026-1");

        clock.set(at("2026-09-15T00:30"));
        publish(article("tin-bnv", "v1", "Bộ Nội vụ tổng kết 9 tháng", "bnv"));
        for (Delivery d : claimed("tin-bnv")) {
            if (d.channel() == Channel.EMAIL) {
                log.outcomes().markFailed(d.id(), "550 gone", true);
            } else {
                log.outcomes().markSent(d.id(), "ok");
            }
        }
        clock.set(at("2026-10-01T09:00"));
        add("lanh-dao", "f@bnv.gov.vn");
        clock.set(at("2026-12-15T08:00"));
        return this;
    }

    public Reports reports() {
        return Reports.open(config, loa.db(), clock);
    }

    Report report(String period, String unit) {
        return reports().build(ReportRequest.of(Period.parse(period), unit).withLanguage("vi"));
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HCM).toInstant();
    }

    private void add(String listId, String... addresses) {
        for (String address : addresses) {
            subscribers.add(list(listId), address, null, Consent.cli(Consent.Action.ADD, "test"));
        }
    }

    private MailList list(String id) {
        return config.list(id).orElseThrow();
    }

    private void publish(Article article) {
        new Publisher(loa.db(), loa.contents(), log, new DeliveryPlanner(config),
                loa.events(), clock).accept(article);
    }

    /** Claims the pending deliveries of every version of an item, as a delivery worker would. */
    private List<Delivery> claimed(String contentId) {
        List<Delivery> out = new ArrayList<>();
        log.queries().find(new DeliveryFilter(contentId, null, DeliveryStatus.PENDING, null, null))
                .stream().map(Delivery::contentVersion).distinct()
                .forEach(version -> out.addAll(log.leases().claimPending(contentId, version, 10_000)));
        return out;
    }

    private void sendPending(String contentId) {
        claimed(contentId).forEach(d -> log.outcomes().markSent(d.id(), "ok"));
    }

    static Article article(String id, String version, String title, String... units) {
        return new Article(id, version, ContentType.ARTICLE, ContentStatus.APPROVED, title, "Tóm tắt", "<p>Thân bài</p>",
                List.of(units), null, null, Set.of(Channel.values()), null, List.of(), null, null, null, "Nguyễn Văn An",
                false, null, id + ".md");
    }

    static Article withdrawal(String id, String... units) {
        return new Article(id, "w1", ContentType.ARTICLE, ContentStatus.WITHDRAWN, "Gỡ", null, "", List.of(units), null,
                null, Set.of(Channel.values()), null, List.of(), null, null, null, null, false, null, id + "-go.md");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        loa.close();
    }
}
