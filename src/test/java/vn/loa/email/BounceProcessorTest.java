package vn.loa.email;

import vn.loa.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Bounces;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.config.Site;
import vn.loa.config.Storage;
import vn.loa.content.Channel;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryFilter;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.PlannedDelivery;
import vn.loa.email.BounceProcessor.Outcome;
import vn.loa.storage.Database;
import vn.loa.subscriber.Consent;
import vn.loa.subscriber.SubscriberStatus;
import vn.loa.subscriber.Subscribers;

/** Bounce messages of every common shape against deliveries recorded in a real SQLite file; two hard bounces end an address. */
@Tag("store")
class BounceProcessorTest {

    static final MailList LIST = new MailList("lanh-dao", "Lãnh đạo", null, false, null);
    static final String AN = "an.nguyen@moha.gov.vn";

    @TempDir
    Path tmp;

    Database db;
    DeliveryLog log;
    Subscribers subscribers;
    BounceProcessor processor;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);
        db = Database.open(TestStores.storage(tmp));
        log = DeliveryLog.open(db, clock);
        subscribers = new Subscribers(db, clock);
        LoaConfig config = new LoaConfig(new Site("http://loa.test", null, null), null, null, List.of(LIST), null, null,
                null, null, null, null, null, new Bounces("imap.loa.test", null, "bounces", "secret", true, null, 2, null), null);
        processor = new BounceProcessor(config, log, subscribers);
        subscribers.add(LIST, AN, "Nguyễn Văn An", Consent.cli(Consent.Action.ADD, "test"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Records and sends the email of {@code contentId} to every member of the list; answers An's delivery. */
    private Delivery sent(String contentId) {
        db.inTransaction(c -> {
            log.plans().record(c, contentId, "v1", List.of(PlannedDelivery.toMembers(Channel.EMAIL, LIST.id(), LIST.id())));
            return null;
        });
        Delivery d = log.leases().claimPending(contentId, "v1", 10).get(0);
        log.outcomes().markSent(d.id(), "<" + d.id() + "." + contentId + "@loa.test>");
        return d;
    }

    private Delivery reload(Delivery d) {
        return log.queries().get(d.id()).orElseThrow();
    }

    @Test
    void hardDsn_failsTheDeliveryWithTheDiagnostic_andNeverRetriesIt() {
        Delivery d = sent("tin-bnv");

        Outcome outcome = processor.process(BounceFixtures.message("postfix-dsn-hard.eml", d.id(), "tin-bnv"));

        assertThat(outcome).isEqualTo(Outcome.HARD);
        Delivery after = reload(d);
        assertThat(after.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(after.lastError()).isEqualTo("bounced: 5.1.1 550 5.1.1 <an.nguyen@moha.gov.vn>: Recipient address"
                + " rejected: User unknown in virtual mailbox table");
        assertThat(log.leases().claimDue(10)).isEmpty();
        assertThat(subscribers.find(LIST, AN).orElseThrow().hardBounces()).isEqualTo(1);
        assertThat(subscribers.isConfirmed(LIST, AN)).as("one bounce of the limit of two").isTrue();
    }

    @Test
    void hardBounces_reachingTheLimit_markTheSubscriberBounced() {
        Delivery first = sent("tin-bnv");
        Delivery second = sent("tin-so-noi-vu");

        processor.process(BounceFixtures.message("postfix-dsn-hard.eml", first.id(), "tin-bnv"));
        processor.process(BounceFixtures.message("postfix-dsn-hard.eml", second.id(), "tin-so-noi-vu"));

        assertThat(subscribers.find(LIST, AN).orElseThrow().status()).isEqualTo(SubscriberStatus.BOUNCED);
        assertThat(subscribers.consents(LIST, AN)).last().satisfies(r -> {
            assertThat(r.consent().source()).isEqualTo(Consent.Source.BOUNCE);
            assertThat(r.consent().evidence()).startsWith("5.1.1 550 5.1.1 <an.nguyen@moha.gov.vn>");
        });
    }

    @Test
    void sameBounceReadTwice_countsOnce() {
        Delivery d = sent("tin-bnv");

        processor.process(BounceFixtures.message("postfix-dsn-hard.eml", d.id(), "tin-bnv"));
        Outcome again = processor.process(BounceFixtures.message("postfix-dsn-hard.eml", d.id(), "tin-bnv"));

        assertThat(again).isEqualTo(Outcome.ALREADY_RECORDED);
        assertThat(subscribers.find(LIST, AN).orElseThrow().hardBounces()).isEqualTo(1);
    }

    @Test
    void delayedDsn_leavesTheDeliveryAsItIs() {
        Delivery d = sent("tin-bnv");

        Outcome outcome = processor.process(BounceFixtures.message("dsn-delayed.eml", d.id(), "tin-bnv"));

        assertThat(outcome).isEqualTo(Outcome.SOFT);
        assertThat(reload(d).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(reload(d).lastError()).isNull();
        assertThat(subscribers.find(LIST, AN).orElseThrow().hardBounces()).isZero();
    }

    @Test
    void autoReplyQuotingTheMessageId_isNotABounce() {
        Delivery d = sent("tin-bnv");

        Outcome outcome = processor.process(BounceFixtures.message("out-of-office.eml", d.id(), "tin-bnv"));

        assertThat(outcome).isEqualTo(Outcome.IGNORED);
        assertThat(reload(d).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void qmailFailureNotice_isFoundByTheMessageIdInItsText() {
        Delivery d = sent("tin-bnv");

        Outcome outcome = processor.process(BounceFixtures.message("qmail-failure-notice.eml", d.id(), "tin-bnv"));

        assertThat(outcome).isEqualTo(Outcome.HARD);
        assertThat(reload(d).lastError()).isEqualTo("bounced: 5.1.1 Sorry, no mailbox here by that name. (#5.1.1)");
    }

    @Test
    void eximReturnedMessage_isFoundByXLoaDelivery_andReadsTheSmtpReplyNotTheArticle() {
        Delivery d = sent("tin-bnv");

        Outcome outcome = processor.process(BounceFixtures.message("exim-returned-message.eml", d.id(), "tin-bnv"));

        assertThat(outcome).isEqualTo(Outcome.HARD);
        assertThat(reload(d).lastError()).isEqualTo("bounced: 5.0.0 550 Unrouteable address");
    }

    @Test
    void bounceNamingAnotherDeliveryOrContent_isUnmatched() {
        Delivery d = sent("tin-bnv");

        assertThat(processor.process(BounceFixtures.message("postfix-dsn-hard.eml", d.id() + 100, "tin-bnv")))
                .isEqualTo(Outcome.UNMATCHED);
        assertThat(processor.process(BounceFixtures.message("postfix-dsn-hard.eml", d.id(), "tin-khac")))
                .isEqualTo(Outcome.UNMATCHED);
        assertThat(reload(d).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void ordinaryOrBrokenMessage_isIgnored() throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage ordinary = new MimeMessage(session, new ByteArrayInputStream("""
                From: an.nguyen@moha.gov.vn\r
                Subject: =?UTF-8?Q?H=E1=BB=8Fi_v=E1=BB=81_b=E1=BA=A3n_tin?=\r
                \r
                Cho tôi hỏi về bản tin.\r
                """.getBytes(StandardCharsets.UTF_8)));
        MimeMessage broken = new MimeMessage(session, new ByteArrayInputStream("""
                From: MAILER-DAEMON@mx.loa.test\r
                Subject: Undelivered Mail Returned to Sender\r
                Content-Type: multipart/report; report-type=delivery-status\r
                \r
                no boundary at all\r
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(processor.process(ordinary)).isEqualTo(Outcome.IGNORED);
        assertThat(processor.process(broken)).isEqualTo(Outcome.IGNORED);
    }

    @Test
    void mailboxUri_keepsSpecialCharactersOfTheCredentials() {
        Bounces bounces = new Bounces("imap.moha.gov.vn", null, "bounces@moha.gov.vn", "p@ss&w=rd+%(x)#", true, "Thư trả lại", 2, 30);

        assertThat(BounceMailbox.uri(bounces)).isEqualTo("imaps://imap.moha.gov.vn:993?username=RAW(bounces@moha.gov.vn)"
                + "&password=RAW{p@ss&w=rd+%(x)#}&folderName=RAW(Thư trả lại)&delete=false&unseen=true&peek=true"
                + "&mapMailMessage=false&delay=30000");
    }
}
