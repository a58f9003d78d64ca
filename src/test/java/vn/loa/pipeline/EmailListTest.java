package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.MailList;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.subscriber.Consent;
import vn.loa.subscriber.SubscriberStatus;

/** The email channel end to end: double opt-in over HTTP, list emails on a real SMTP server, one-click unsubscribe. */
@Tag("store")
class EmailListTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final Pattern LINK = Pattern.compile("http://loa\\.test(/[a-z]+\\?token=[A-Za-z0-9_.-]+)");

    @TempDir
    Path tmp;

    LoaHarness loa;

    @BeforeEach
    void start() throws Exception {
        loa = new LoaHarness(tmp, """
                smtp:
                  host: localhost
                  port: %d
                  starttls: false
                  per_second: 0
                  connections: 2
                """.formatted(smtp.getSmtp().getPort())).start();
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    void confirmed(String address) {
        loa.components().subscribers().add(lanhDao(), address, null, Consent.cli(Consent.Action.ADD, "test"));
    }

    MailList lanhDao() {
        return loa.config.list("lanh-dao").orElseThrow();
    }

    static String html(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
    }

    static String link(String html, String path) {
        Matcher m = LINK.matcher(html.replace("&amp;", "&"));
        while (m.find()) {
            if (m.group(1).startsWith(path)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no " + path + " link in " + html);
    }

    @Test
    void doubleOptIn_overHttp_thenTheArticleArrivesWithEveryListHeader() throws Exception {
        var form = loa.get("/subscribe?list=lanh-dao");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<form", "name=\"email\"", "Lãnh đạo");

        var answer = loa.post("/subscribe", "list=lanh-dao&email=" + URLEncoder.encode("Pho.Giam.Doc@So-Noi-Vu.gov.vn",
                StandardCharsets.UTF_8) + "&name=" + URLEncoder.encode("Phó Giám đốc", StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(loa.components().subscribers().find(lanhDao(), "pho.giam.doc@so-noi-vu.gov.vn"))
                .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(SubscriberStatus.PENDING));

        await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length == 1);
        MimeMessage confirmation = smtp.getReceivedMessages()[0];
        assertThat(confirmation.getSubject()).isEqualTo("Xác nhận đăng ký nhận tin: Lãnh đạo");
        assertThat(html(confirmation)).contains("<html lang=\"vi\">",
                "Địa chỉ pho.giam.doc@so-noi-vu.gov.vn vừa được đăng ký nhận thư của danh sách <strong>Lãnh đạo</strong>.",
                "hãy bấm nút dưới đây trong vòng 7 ngày để xác nhận:", ">Xác nhận đăng ký</a>");
        String confirm = link(html(confirmation), "/confirm");
        assertThat(loa.get(confirm).statusCode()).isEqualTo(200);
        assertThat(loa.components().subscribers().isConfirmed(lanhDao(), "pho.giam.doc@so-noi-vu.gov.vn")).isTrue();

        loa.drop("bnv/tin-email.md", PipelineTest.approved("id: tin-email\nimage: https://moha.gov.vn/anh.jpg",
                "Nội dung gửi **lãnh đạo** với [liên kết](https://moha.gov.vn/van-ban)."));
        await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length == 2);

        MimeMessage mail = smtp.getReceivedMessages()[1];
        assertThat(mail.getSubject()).isEqualTo(PipelineTest.TITLE);
        assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("pho.giam.doc@so-noi-vu.gov.vn");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("=?UTF-8?Q?B=E1=BA=A3n_tin_CCHC?= <bantin@loa.test>");
        assertThat(mail.getHeader("List-Id")[0]).isEqualTo("<lanh-dao.loa.test>");
        String listUnsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(listUnsubscribe).matches("<http://loa\\.test/unsubscribe\\?token=[^>]+>, <mailto:bantin@loa\\.test\\?subject=unsubscribe%20lanh-dao>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        // the server has the message a moment before the log has committed its outcome
        await().atMost(Duration.ofSeconds(10)).until(() -> loa.deliveries("tin-email").stream()
                .anyMatch(d -> d.recipient().startsWith("pho") && d.status() == DeliveryStatus.SENT));
        Delivery delivery = loa.deliveries("tin-email").stream().filter(d -> d.recipient().startsWith("pho")).findFirst().orElseThrow();
        assertThat(mail.getMessageID()).isEqualTo("<" + delivery.id() + ".tin-email@loa.test>");
        assertThat(delivery.remoteId()).isEqualTo(mail.getMessageID());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        String text = (String) parts.getBodyPart(0).getContent();
        assertThat(text).contains(PipelineTest.TITLE, "lãnh đạo", "https://moha.gov.vn/van-ban", "Hủy đăng ký");
        String html = html(mail);
        assertThat(html).contains("<strong>lãnh đạo</strong>", "https://moha.gov.vn/tin/tin-email", "https://moha.gov.vn/anh.jpg",
                "Bộ Nội vụ", "Lãnh đạo");
        assertThat(link(html, "/unsubscribe")).isEqualTo(listUnsubscribe.substring("<http://loa.test".length(), listUnsubscribe.indexOf('>')));
    }

    @Test
    void oneClickUnsubscribe_stopsEveryLaterEmail_andOthersStillGetThem() throws Exception {
        confirmed("a@so.gov.vn");
        confirmed("b@so.gov.vn");
        loa.drop("bnv/tin-1.md", PipelineTest.approved("id: tin-1", "Tin thứ nhất."));
        await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length == 2);
        MimeMessage toA = null;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals("a@so.gov.vn")) {
                toA = m;
            }
        }
        String unsubscribe = toA.getHeader("List-Unsubscribe")[0].replaceAll("^<http://loa\\.test([^>]+)>.*$", "$1");

        var oneClick = loa.post(unsubscribe, "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(loa.post(unsubscribe, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(200);
        assertThat(loa.components().subscribers().find(lanhDao(), "a@so.gov.vn"))
                .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED));

        loa.drop("bnv/tin-2.md", PipelineTest.approved("id: tin-2", "Tin thứ hai."));
        await().atMost(Duration.ofSeconds(15)).until(() -> loa.deliveries("tin-2").stream()
                .anyMatch(d -> d.status() == DeliveryStatus.SENT && d.recipient().equals("b@so.gov.vn")));
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        List<Delivery> second = loa.deliveries("tin-2");
        assertThat(second).noneMatch(d -> d.recipient().equals("a@so.gov.vn"));
    }

    @Test
    void tamperedOrWrongPurposeToken_isRefusedAndChangesNothing() throws Exception {
        confirmed("c@so.gov.vn");
        String token = loa.components().tokens().unsubscribe("lanh-dao", "c@so.gov.vn");
        String confirmToken = loa.components().tokens().confirm("lanh-dao", "c@so.gov.vn");
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        char fifth = token.charAt(5);
        String otherAddress = token.substring(0, 5) + (fifth == 'x' ? 'y' : 'x') + token.substring(6);
        assertThat(loa.post("/unsubscribe?token=" + otherAddress, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(400);

        assertThat(loa.post("/unsubscribe?token=" + tampered, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(400);
        assertThat(loa.post("/unsubscribe?token=" + confirmToken, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(400);
        assertThat(loa.post("/unsubscribe?token=" + token.substring(0, 20), "").statusCode()).isEqualTo(400);
        assertThat(loa.get("/confirm?token=" + token).statusCode()).isEqualTo(400);
        assertThat(loa.components().subscribers().isConfirmed(lanhDao(), "c@so.gov.vn")).isTrue();

        var page = loa.get("/unsubscribe?token=" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"");
        assertThat(loa.components().subscribers().isConfirmed(lanhDao(), "c@so.gov.vn")).isTrue();
    }
}
