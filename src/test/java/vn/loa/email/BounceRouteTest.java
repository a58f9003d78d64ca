package vn.loa.email;

import vn.loa.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Bounces;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.config.Storage;
import vn.loa.content.Channel;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryFilter;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.PlannedDelivery;
import vn.loa.storage.Database;
import vn.loa.subscriber.Consent;
import vn.loa.subscriber.SubscriberStatus;
import vn.loa.subscriber.Subscribers;

/**
 * The {@code bounces} route of {@code routes/bounces.camel.yaml} on Camel Main, reading a GreenMail IMAP mailbox
 * through the URI {@link BounceMailbox} builds (a password full of URI characters included).
 */
class BounceRouteTest {

    static final String PASSWORD = "p@ss&w=rd+%(x)#";
    static final MailList LIST = new MailList("lanh-dao", "Lãnh đạo", null, false, null);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path tmp;

    Database db;
    DeliveryLog log;
    Subscribers subscribers;
    Main main;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
        log = DeliveryLog.open(db, Clock.systemUTC());
        subscribers = new Subscribers(db, Clock.systemUTC());
        greenMail.setUser("bounces@loa.test", "bounces", PASSWORD);
    }

    @AfterEach
    void close() throws Exception {
        if (main != null) {
            main.stop();
        }
        db.close();
    }

    private Bounces mailbox() {
        return new Bounces("127.0.0.1", greenMail.getImap().getPort(), "bounces", PASSWORD, false, "INBOX", 1, 1);
    }

    private void start(Bounces bounces, boolean enabled) throws Exception {
        LoaConfig config = new LoaConfig(null, null, null, List.of(LIST), null, null, null, null, null, null, null, bounces, null);
        main = new Main();
        main.bind("bounceProcessor", new BounceProcessor(config, log, subscribers));
        main.addInitialProperty("camel.main.routesIncludePattern", "file:" + Path.of("routes/bounces.camel.yaml").toAbsolutePath());
        main.addInitialProperty("loa.bounces.enabled", Boolean.toString(enabled));
        main.addInitialProperty("loa.bounces.uri", BounceMailbox.uri(bounces));
        main.start();
    }

    private void mailToTheBounceMailbox(MimeMessage message) throws Exception {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
        try (Transport transport = Session.getInstance(smtp).getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new Address[] {new InternetAddress("bounces@loa.test")});
        }
    }

    private int[] mailboxCounts() throws Exception {
        Properties imap = new Properties();
        Store store = Session.getInstance(imap).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "bounces", PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return new int[] {inbox.getMessageCount(), inbox.getUnreadMessageCount()};
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    @Test
    void dsnInTheMailbox_failsItsDeliveryAndBouncesTheAddress_andStaysThereSeen() throws Exception {
        subscribers.add(LIST, "an.nguyen@moha.gov.vn", null, Consent.cli(Consent.Action.ADD, "test"));
        db.inTransaction(c -> {
            log.plans().record(c, "tin-bnv", "v1", List.of(PlannedDelivery.toMembers(Channel.EMAIL, LIST.id(), LIST.id())));
            return null;
        });
        Delivery d = log.queries().find(new DeliveryFilter("tin-bnv", null, null, null, null)).get(0);
        log.outcomes().markSent(d.id(), "<" + d.id() + ".tin-bnv@loa.test>");
        MimeMessage dsn = BounceFixtures.message("postfix-dsn-hard.eml", d.id(), "tin-bnv");
        MimeMessage ordinary = BounceFixtures.message("out-of-office.eml", d.id(), "tin-bnv");
        mailToTheBounceMailbox(dsn);
        mailToTheBounceMailbox(ordinary);

        start(mailbox(), true);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(log.queries().get(d.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(mailboxCounts()).containsExactly(2, 0);
        });
        assertThat(log.queries().get(d.id()).orElseThrow().lastError()).startsWith("bounced: 5.1.1 550 5.1.1");
        assertThat(subscribers.find(LIST, "an.nguyen@moha.gov.vn").orElseThrow().status()).isEqualTo(SubscriberStatus.BOUNCED);
    }

    @Test
    void disabledMailbox_routeDoesNotStart() throws Exception {
        start(Bounces.none(), false);

        assertThat(main.getCamelContext().getRouteController().getRouteStatus("bounces")).isEqualTo(ServiceStatus.Stopped);
    }
}
