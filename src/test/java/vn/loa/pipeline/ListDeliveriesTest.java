package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.MailList;
import vn.loa.content.Channel;
import vn.loa.subscriber.Consent;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryStatus;

/** Email and Zalo fan out to one delivery per confirmed member, written to the outbox when no server is set. */
@Tag("store")
class ListDeliveriesTest {

    @TempDir
    Path tmp;

    LoaHarness loa;

    @BeforeEach
    void start() throws Exception {
        loa = new LoaHarness(tmp).start();
        member("lanh-dao", "lanh.dao@so.gov.vn", "confirmed");
        member("lanh-dao", "Chu.Tich@UBND.gov.vn", "confirmed");
        member("lanh-dao", "chua.xac.nhan@so.gov.vn", "pending");
        member("lanh-dao", "da.huy@so.gov.vn", "unsubscribed");
        member("zalo-bnv-followers", "8412345678901234567", "confirmed");
        member("zalo-bnv-followers", "8412345678900000000", "confirmed");
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    void member(String listId, String address, String status) {
        var subscribers = loa.components().subscribers();
        MailList list = loa.config.list(listId).orElseThrow();
        switch (status) {
            case "confirmed" -> subscribers.add(list, address, null, Consent.cli(Consent.Action.ADD, "test"));
            case "pending" -> subscribers.subscribe(list, address, null, Consent.web(Consent.Action.SUBSCRIBE, "form", "test"));
            default -> {
                subscribers.add(list, address, null, Consent.cli(Consent.Action.ADD, "test"));
                subscribers.unsubscribe(list, address, Consent.oneClick("test"));
            }
        }
    }

    @Test
    void confirmedMembersOnly_getOneEmailEach_asAWellFormedMessage() throws Exception {
        loa.drop("bnv/tin-thu.md", PipelineTest.approved("id: tin-thu", "Nội dung gửi **lãnh đạo** các bộ, ngành."));
        await().atMost(Duration.ofSeconds(15)).until(() -> !loa.deliveries("tin-thu").isEmpty()
                && loa.deliveries("tin-thu").stream().noneMatch(d -> d.status() == DeliveryStatus.PENDING));

        List<Delivery> emails = loa.deliveries("tin-thu").stream().filter(d -> d.channel() == Channel.EMAIL).toList();
        assertThat(emails).extracting(Delivery::recipient, Delivery::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("lanh.dao@so.gov.vn", DeliveryStatus.SENT),
                org.assertj.core.groups.Tuple.tuple("chu.tich@ubnd.gov.vn", DeliveryStatus.SENT));

        Path eml;
        try (var files = Files.list(loa.content("outbox"))) {
            eml = files.filter(f -> f.toString().endsWith(".eml")).sorted().findFirst().orElseThrow();
        }
        MimeMessage message;
        try (InputStream in = Files.newInputStream(eml)) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(message.getSubject()).isEqualTo(PipelineTest.TITLE);
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(message.getFrom()[0].toString()).contains("bantin@loa.test");
        assertThat(message.getHeader("List-Id")[0]).contains("lanh-dao.loa.test");
        String messageId = message.getMessageID();
        assertThat(emails).extracting(Delivery::remoteId).contains(messageId);
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("lãnh đạo", "https://moha.gov.vn/tin/tin-thu");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<strong>lãnh đạo</strong>");
    }

    @Test
    void zaloFollowers_eachGetTheirOwnLoggedDelivery() throws Exception {
        loa.drop("bnv/tin-zalo.md", PipelineTest.approved("id: tin-zalo\nchannels: [chat]", "Tin gửi qua Zalo."));
        await().atMost(Duration.ofSeconds(15)).until(() -> loa.deliveries("tin-zalo").stream()
                .filter(d -> d.target().equals("zalo-bnv") && d.status() == DeliveryStatus.SENT).count() == 2);

        assertThat(loa.deliveries("tin-zalo")).filteredOn(d -> d.target().equals("zalo-bnv"))
                .extracting(Delivery::recipient).containsExactlyInAnyOrder("8412345678901234567", "8412345678900000000");
        assertThat(loa.deliveries("tin-zalo")).noneMatch(d -> d.channel() != Channel.CHAT);
    }
}
