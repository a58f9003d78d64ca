package vn.loa.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.ConfigException;
import vn.loa.config.Dkim;
import vn.loa.config.Smtp;
import vn.loa.delivery.DeliveryException;

/** SmtpMailer against GreenMail and a scripted SMTP server: content, reuse, login, replies, drops, rate, DKIM. */
class SmtpMailerTest {

    static final String SUBJECT = "Bản tin CCHC số 12/2026: Đẩy mạnh số hóa thủ tục hành chính";
    static final String PASSWORD = "s3cret-Pass";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("bantin@loa.test", "bantin", PASSWORD));

    @TempDir
    Path tmp;

    @Test
    void vietnameseAlternativeMessage_arrivesIntactWithItsMessageId() throws Exception {
        try (SmtpMailer mailer = new SmtpMailer(smtp(greenMailPort()))) {
            MimeMessage message = article(mailer.session(), "lanh-dao@loa.test", "<1.tin-bnv@loa.test>");

            String id = mailer.send(message, "1-tin-bnv");

            assertThat(id).isEqualTo("<1.tin-bnv@loa.test>");
            MimeMessage received = single(greenMail.getReceivedMessages());
            assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?");
            assertThat(received.getSubject()).isEqualTo(SUBJECT);
            assertThat(received.getMessageID()).isEqualTo("<1.tin-bnv@loa.test>");
            assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            MimeMultipart parts = (MimeMultipart) received.getContent();
            assertThat(received.getContentType()).startsWith("multipart/alternative");
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
            assertThat((String) parts.getBodyPart(0).getContent()).contains("Đẩy mạnh số hóa thủ tục hành chính.");
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
            assertThat((String) parts.getBodyPart(1).getContent()).contains("<b>số hóa</b>");
        }
    }

    @Test
    void twoHundredMessagesOverTwoConnections_allArriveOnAtMostTwoSessions() throws Exception {
        CountingGreenMail server = new CountingGreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try (SmtpMailer mailer = new SmtpMailer(smtp(server.getSmtp().getPort(), 2))) {
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                MimeMessage message = article(mailer.session(), "doc-gia-" + i + "@loa.test", "<" + i + ".tin@loa.test>");
                String name = "tin-" + i;
                sent.add(senders.submit(() -> mailer.send(message, name)));
            }
            for (Future<String> f : sent) {
                assertThat(f.get()).endsWith(".tin@loa.test>");
            }

            assertThat(server.waitForIncomingEmail(10_000, 200)).isTrue();
            assertThat(server.getReceivedMessages()).hasSize(200);
            assertThat(server.smtpSessions()).isBetween(1, 2);
        } finally {
            senders.shutdownNow();
            server.stop();
        }
    }

    @Test
    void login_withRightPassword_sends() throws Exception {
        try (SmtpMailer mailer = new SmtpMailer(smtp(greenMailPort(), "bantin", PASSWORD))) {
            mailer.send(article(mailer.session(), "lanh-dao@loa.test", "<2.tin@loa.test>"), "2-tin");
        }

        assertThat(single(greenMail.getReceivedMessages()).getMessageID()).isEqualTo("<2.tin@loa.test>");
    }

    @Test
    void login_withWrongPassword_isTemporaryAndNamesHostNotPassword() throws Exception {
        String wrong = "wrong-Pass-42";
        try (SmtpMailer mailer = new SmtpMailer(smtp(greenMailPort(), "bantin", wrong))) {
            MimeMessage message = article(mailer.session(), "lanh-dao@loa.test", "<3.tin@loa.test>");

            assertThatThrownBy(() -> mailer.send(message, "3-tin"))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse())
                    .hasMessageContaining("127.0.0.1:" + greenMailPort())
                    .hasMessageContaining("535")
                    .hasMessageContaining("lanh-dao@loa.test")
                    .hasMessageNotContaining(wrong);
        }
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void rejectedRecipient_isPermanentAndTheNextMessageGoesOutOnTheSameConnection() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .replyToRcpt("khong-ton-tai@loa.test", "550 5.1.1 mailbox unavailable");
             SmtpMailer mailer = new SmtpMailer(smtp(server.port()))) {
            MimeMessage bad = article(mailer.session(), "khong-ton-tai@loa.test", "<4.tin@loa.test>");

            assertThatThrownBy(() -> mailer.send(bad, "4-tin"))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue())
                    .hasMessageContaining("550 5.1.1 mailbox unavailable")
                    .hasMessageContaining("khong-ton-tai@loa.test")
                    .hasMessageContaining("127.0.0.1:" + server.port());

            assertThat(mailer.send(article(mailer.session(), "lanh-dao@loa.test", "<5.tin@loa.test>"), "5-tin"))
                    .isEqualTo("<5.tin@loa.test>");
            assertThat(server.received()).extracting(ScriptedSmtpServer.Received::recipients)
                    .containsExactly(List.of("lanh-dao@loa.test"));
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void deferredRecipient_isTemporaryWithTheServersReply() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .replyToRcpt("day@loa.test", "451 4.3.0 mailbox busy, try later");
             SmtpMailer mailer = new SmtpMailer(smtp(server.port()))) {
            MimeMessage message = article(mailer.session(), "day@loa.test", "<6.tin@loa.test>");

            assertThatThrownBy(() -> mailer.send(message, "6-tin"))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse())
                    .hasMessageContaining("451 4.3.0 mailbox busy, try later")
                    .hasMessageContaining("day@loa.test");
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void deferredAfterData_isTemporary() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().replyToData("452 4.3.1 insufficient system storage");
             SmtpMailer mailer = new SmtpMailer(smtp(server.port()))) {
            MimeMessage message = article(mailer.session(), "lanh-dao@loa.test", "<7.tin@loa.test>");

            assertThatThrownBy(() -> mailer.send(message, "7-tin"))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse())
                    .hasMessageContaining("452 4.3.1 insufficient system storage");
        }
    }

    @Test
    void rejectedAfterData_isPermanent() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().replyToData("554 5.6.0 message content rejected");
             SmtpMailer mailer = new SmtpMailer(smtp(server.port()))) {
            MimeMessage message = article(mailer.session(), "lanh-dao@loa.test", "<8.tin@loa.test>");

            assertThatThrownBy(() -> mailer.send(message, "8-tin"))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue())
                    .hasMessageContaining("554 5.6.0 message content rejected");
        }
    }

    @Test
    void serverDown_isTemporaryAndQuick() throws Exception {
        int port = freePort();
        try (SmtpMailer mailer = new SmtpMailer(smtp(port))) {
            MimeMessage message = article(mailer.session(), "lanh-dao@loa.test", "<9.tin@loa.test>");

            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> mailer.send(message, "9-tin"))
                            .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse())
                            .hasMessageContaining("127.0.0.1:" + port)
                            .hasMessageContaining("lanh-dao@loa.test"));
        }
    }

    @Test
    void serverRestarted_nextSendReconnectsAndSucceeds() throws Exception {
        ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail before = new GreenMail(setup);
        before.start();
        try (SmtpMailer mailer = new SmtpMailer(smtp(setup.getPort(), 1))) {
            for (int i = 0; i < 3; i++) {
                mailer.send(article(mailer.session(), "lanh-dao@loa.test", "<1" + i + ".tin@loa.test>"), "tin");
            }
            assertThat(before.getReceivedMessages()).hasSize(3);
            before.stop();

            GreenMail after = new GreenMail(setup);
            after.start();
            try {
                String id = mailer.send(article(mailer.session(), "lanh-dao@loa.test", "<13.tin@loa.test>"), "tin");

                assertThat(id).isEqualTo("<13.tin@loa.test>");
                assertThat(single(after.getReceivedMessages()).getMessageID()).isEqualTo("<13.tin@loa.test>");
            } finally {
                after.stop();
            }
        } finally {
            before.stop();
        }
    }

    @Test
    void connectionClosedByServerBetweenMessages_isSentAgainOnANewConnection() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().closeAfterEachMessage();
             SmtpMailer mailer = new SmtpMailer(smtp(server.port(), 1))) {
            mailer.send(article(mailer.session(), "a@loa.test", "<20.tin@loa.test>"), "20-tin");
            mailer.send(article(mailer.session(), "b@loa.test", "<21.tin@loa.test>"), "21-tin");

            assertThat(server.received()).extracting(r -> r.recipients().get(0)).containsExactly("a@loa.test", "b@loa.test");
            assertThat(server.connections()).isEqualTo(2);
        }
    }

    @Test
    void connectionDroppedAfterContent_isTemporaryAndNotSentAgain() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer();
             SmtpMailer mailer = new SmtpMailer(smtp(server.port(), 1))) {
            mailer.send(article(mailer.session(), "a@loa.test", "<22.tin@loa.test>"), "22-tin");
            server.afterData(ScriptedSmtpServer.AfterData.CLOSE_WITHOUT_REPLY);
            MimeMessage message = article(mailer.session(), "b@loa.test", "<23.tin@loa.test>");

            assertThatThrownBy(() -> mailer.send(message, "23-tin"))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse())
                    .hasMessageContaining("b@loa.test");
            // the server may have the message: sending it again now could deliver it twice
            assertThat(server.received()).hasSize(2);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void rateOfFivePerSecond_parksTheSixthMessageForOneFifthOfASecond() throws Exception {
        AtomicLong now = new AtomicLong();
        List<Long> parked = new CopyOnWriteArrayList<>();
        TimeMeter clock = new TimeMeter() {
            @Override public long currentTimeNanos() { return now.get(); }
            @Override public boolean isWallClockBased() { return false; }
        };
        BlockingStrategy advance = nanos -> {
            parked.add(nanos);
            now.addAndGet(nanos);
        };
        try (ScriptedSmtpServer server = new ScriptedSmtpServer();
             SmtpMailer mailer = new SmtpMailer(smtp(server.port()), new SendRate(5, clock, advance))) {
            for (int i = 0; i < 6; i++) {
                mailer.send(article(mailer.session(), "lanh-dao@loa.test", "<3" + i + ".tin@loa.test>"), "tin");
            }

            assertThat(server.received()).hasSize(6);
            assertThat(parked).hasSize(1);
            assertThat(parked.get(0)).isCloseTo(Duration.ofMillis(200).toNanos(), within(1_000_000L));
        }
    }

    @Test
    void rateZero_neverWaits() throws Exception {
        List<Long> parked = new CopyOnWriteArrayList<>();
        try (ScriptedSmtpServer server = new ScriptedSmtpServer();
             SmtpMailer mailer = new SmtpMailer(smtp(server.port()),
                     new SendRate(0, TimeMeter.SYSTEM_NANOTIME, parked::add))) {
            for (int i = 0; i < 20; i++) {
                mailer.send(article(mailer.session(), "lanh-dao@loa.test", "<4" + i + ".tin@loa.test>"), "tin");
            }

            assertThat(server.received()).hasSize(20);
            assertThat(parked).isEmpty();
        }
    }

    @Test
    void dkim_signsWithConfiguredDomainAndSelectorAndKeepsMessageId() throws Exception {
        KeyPair keys = rsaKeys();
        Path keyFile = Files.write(tmp.resolve("dkim.der"), keys.getPrivate().getEncoded());
        Smtp smtp = smtp(greenMailPort(), new Dkim("loa.test", "bantin2026", keyFile.toString()));
        try (SmtpMailer mailer = new SmtpMailer(smtp)) {
            mailer.send(article(mailer.session(), "lanh-dao@loa.test", "<50.tin@loa.test>"), "50-tin");
        }

        MimeMessage received = single(greenMail.getReceivedMessages());
        assertThat(received.getMessageID()).isEqualTo("<50.tin@loa.test>");
        assertThat(received.getHeader("DKIM-Signature")).hasSize(1);
        Map<String, String> tags = DkimVerifier.tags(received.getHeader("DKIM-Signature")[0]);
        assertThat(tags).containsEntry("d", "loa.test").containsEntry("s", "bantin2026")
                .containsEntry("c", "relaxed/relaxed");
        assertThat(tags.get("h").toLowerCase().split(":")).contains("from", "to", "subject", "date", "message-id",
                "list-id", "list-unsubscribe", "list-unsubscribe-post", "mime-version", "content-type");
    }

    @Test
    void dkimSignature_verifiesWithThePublicKeyEvenWhenTheRelayTakes8Bit() throws Exception {
        KeyPair keys = rsaKeys();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Path keyFile = Files.writeString(tmp.resolve("dkim.pem"), pem);
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().advertise8BitMime();
             SmtpMailer mailer = new SmtpMailer(smtp(server.port(), new Dkim("loa.test", "bantin2026", keyFile.toString())))) {
            mailer.send(article(mailer.session(), "lanh-dao@loa.test", "<51.tin@loa.test>"), "51-tin");

            String raw = server.received().get(0).data();
            Map<String, String> tags = DkimVerifier.verify(raw, keys.getPublic());
            assertThat(tags).containsEntry("d", "loa.test").containsEntry("s", "bantin2026");
            // and the check is not vacuous: a changed Message-ID or link fails it
            assertThatThrownBy(() -> DkimVerifier.verify(raw.replace("<51.tin@", "<59.tin@"), keys.getPublic()))
                    .isInstanceOf(AssertionError.class);
            assertThatThrownBy(() -> DkimVerifier.verify(raw.replace("loa.test/huy", "evil.test/huy"), keys.getPublic()))
                    .isInstanceOf(AssertionError.class);
            assertThat(raw).contains("Message-ID: <51.tin@loa.test>").doesNotContain("8bit");
        }
    }

    @Test
    void dkimKeyInPkcs1Pem_failsAtStartWithTheConversionCommand() throws Exception {
        Path keyFile = Files.writeString(tmp.resolve("dkim-rsa.pem"),
                "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n");
        Smtp smtp = smtp(freePort(), new Dkim("loa.test", "bantin2026", keyFile.toString()));

        assertThatThrownBy(() -> new SmtpMailer(smtp))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("smtp.dkim.key_file")
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
    }

    @Test
    void eightBitRelay_getsTheMessageAsPrepared_quotedPrintableWithItsMessageId() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().advertise8BitMime();
             SmtpMailer mailer = new SmtpMailer(smtp(server.port()))) {
            String id = mailer.send(article(mailer.session(), "lanh-dao@loa.test", "<52.tin@loa.test>"), "52-tin");

            String raw = server.received().get(0).data();
            assertThat(id).isEqualTo("<52.tin@loa.test>");
            assertThat(raw).contains("Message-ID: <52.tin@loa.test>", "Content-Transfer-Encoding: quoted-printable")
                    .doesNotContain("8bit");
            assertThat(decodedParts(raw)).anySatisfy(part -> assertThat(part).contains("Đẩy mạnh số hóa thủ tục hành chính."));
        }
    }

    @Test
    void headerWithLineBreak_isPermanentAndNothingIsSent() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer();
             SmtpMailer mailer = new SmtpMailer(smtp(server.port()))) {
            MimeMessage message = article(mailer.session(), "lanh-dao@loa.test", "<53.tin@loa.test>");
            message.addHeader("List-Id", "<lanh-dao.loa.test>\r\nBcc: ke-gian@evil.test");

            assertThatThrownBy(() -> mailer.send(message, "53-tin"))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue())
                    .hasMessageContaining("List-Id");
            assertThat(server.connections()).isZero();
        }
    }

    @Test
    void settings_turnOnTlsStarttlsAndLoginAsConfigured() {
        Smtp implicit = new Smtp("smtp.loa.test", 465, "bantin", PASSWORD, false, true, 50, 4, 30, null);
        Smtp upgrade = new Smtp("smtp.loa.test", 587, "bantin", PASSWORD, true, false, 50, 4, 30, null);

        assertThat(SmtpSettings.properties(implicit)).containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.auth", "true")
                .doesNotContainKey("mail.smtp.starttls.enable");
        assertThat(SmtpSettings.properties(upgrade)).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.connectiontimeout", "30000")
                .containsEntry("mail.smtp.timeout", "30000")
                .containsEntry("mail.smtp.writetimeout", "30000")
                .containsEntry("mail.mime.charset", "UTF-8")
                .containsEntry("mail.smtp.allow8bitmime", "false")
                .doesNotContainKey("mail.smtp.ssl.enable");
        assertThat(SmtpSettings.properties(upgrade).values()).doesNotContain(PASSWORD);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The text of every part of a raw multipart message, decoded. */
    static java.util.List<String> decodedParts(String raw) throws Exception {
        MimeMessage parsed = new MimeMessage(null, new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) parsed.getContent();
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            out.add((String) parts.getBodyPart(i).getContent());
        }
        return out;
    }

    /** A plain MimeMessage, never saved, with the Message-ID set by hand: the hardest case for keeping it. */
    static MimeMessage article(Session session, String to, String messageId) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setHeader("Message-ID", messageId);
        message.setFrom(new InternetAddress("bantin@loa.test", "Bản tin CCHC", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(SUBJECT, "UTF-8");
        message.setSentDate(Date.from(Instant.parse("2026-03-12T01:00:00Z")));
        message.setHeader("List-Id", "\"Lanh dao\" <lanh-dao.loa.test>");
        message.setHeader("List-Unsubscribe", "<https://loa.test/huy?t=abc>, <mailto:huy@loa.test?subject=huy>");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Đẩy mạnh số hóa thủ tục hành chính.\n\nHủy đăng ký: https://loa.test/huy?t=abc\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Đẩy mạnh <b>số hóa</b> thủ tục hành chính.</p>"
                + "<p><a href=\"https://loa.test/huy?t=abc\">Hủy đăng ký</a></p>", "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }

    static Smtp smtp(int port) {
        return smtp(port, 2);
    }

    static Smtp smtp(int port, int connections) {
        return new Smtp("127.0.0.1", port, null, null, false, false, 0, connections, 5, Dkim.none());
    }

    static Smtp smtp(int port, String username, String password) {
        return new Smtp("127.0.0.1", port, username, password, false, false, 0, 2, 5, Dkim.none());
    }

    static Smtp smtp(int port, Dkim dkim) {
        return new Smtp("127.0.0.1", port, null, null, false, false, 0, 2, 5, dkim);
    }

    static int greenMailPort() {
        return greenMail.getSmtp().getPort();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static KeyPair rsaKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static MimeMessage single(MimeMessage[] messages) {
        assertThat(messages).hasSize(1);
        return messages[0];
    }
}
