package vn.loa.email;

import vn.loa.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.config.Paths;
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
import vn.loa.delivery.Dispatcher;
import vn.loa.delivery.IntakeEvents;
import vn.loa.delivery.Publisher;
import vn.loa.feed.Links;
import vn.loa.storage.ContentStore;
import vn.loa.storage.Database;
import vn.loa.subscriber.Consent;
import vn.loa.subscriber.Subscribers;
import vn.loa.subscriber.SubscriptionTokens;

/** An address that unsubscribes after a send was planned gets nothing from it (F14). */
@Tag("store")
class EmailChannelTest {

    @TempDir
    Path tmp;

    Database db;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void memberWhoUnsubscribesMidSend_isSkipped_andTheOthersGetTheirEmail() throws Exception {
        Clock clock = Clock.systemUTC();
        LoaConfig config = new LoaConfig(new Site("http://loa.test", null, null),
                new Paths(tmp.resolve("content").toString(), tmp.resolve("data").toString()),
                List.of(new Unit("bnv", "Bộ Nội vụ", null, null, null, List.of("lanh-dao"), List.of(), null)),
                List.of(new MailList("lanh-dao", "Lãnh đạo", "Bản tin <bt@loa.test>", false, null)),
                null, null, null, null, null, null, null, null, null);
        MailList list = config.list("lanh-dao").orElseThrow();
        Subscribers subscribers = new Subscribers(db, clock);
        for (int i = 1; i <= 5; i++) {
            subscribers.add(list, "nguoi" + i + "@so.gov.vn", null, Consent.cli(Consent.Action.ADD, "test"));
        }
        DeliveryLog log = DeliveryLog.open(db, clock);
        ContentStore contents = new ContentStore(db);
        new Publisher(db, contents, log, new DeliveryPlanner(config), new IntakeEvents(db, clock), clock)
                .accept(new Article("tin", "v1", ContentType.ARTICLE, ContentStatus.APPROVED, "Tiêu đề", "Tóm tắt",
                        "<p>Thân</p>", List.of("bnv"), null, null, Set.of(Channel.EMAIL), null, List.of(), null, null,
                        null, "A", false, null, "tin.md"));
        Links links = new Links(config);
        SubscriptionTokens tokens = new SubscriptionTokens("0123456789abcdef0123".getBytes(StandardCharsets.UTF_8), clock);
        OutboxMailer mailer = new OutboxMailer(config.paths().outbox());
        EmailChannel channel = new EmailChannel(config, new ArticleEmail(config, links, new Templates(Path.of("templates")),
                new ListHeaders(config, tokens)), mailer, subscribers);
        Dispatcher dispatcher = new Dispatcher(Map.of(Channel.EMAIL, channel), log.outcomes(), contents, config.retries(), clock);

        List<Delivery> planned = log.leases().claimPending("tin", "v1", 100);
        dispatcher.deliver(planned.get(0));
        subscribers.unsubscribe(list, "nguoi4@so.gov.vn", Consent.oneClick("test"));
        planned.subList(1, planned.size()).forEach(dispatcher::deliver);

        assertThat(log.queries().find(DeliveryFilter.all())).extracting(Delivery::recipient, Delivery::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nguoi1@so.gov.vn", DeliveryStatus.SENT),
                org.assertj.core.groups.Tuple.tuple("nguoi2@so.gov.vn", DeliveryStatus.SENT),
                org.assertj.core.groups.Tuple.tuple("nguoi3@so.gov.vn", DeliveryStatus.SENT),
                org.assertj.core.groups.Tuple.tuple("nguoi4@so.gov.vn", DeliveryStatus.SKIPPED),
                org.assertj.core.groups.Tuple.tuple("nguoi5@so.gov.vn", DeliveryStatus.SENT));
        try (var files = Files.list(config.paths().outbox())) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(4);
        }
    }
}
