package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.MailList;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.email.ScriptedSmtpServer;
import vn.loa.subscriber.Consent;

/** A relay that refuses one recipient for good (5xx) and another for now (4xx), through the real pipeline. */
@Tag("store")
class EmailFailuresTest {

    @TempDir
    Path tmp;

    ScriptedSmtpServer relay;
    LoaHarness loa;

    @BeforeEach
    void start() throws Exception {
        relay = new ScriptedSmtpServer()
                .replyToRcpt("khong-co@so.gov.vn", "550 5.1.1 mailbox unavailable")
                .replyToRcpt("tam-day@so.gov.vn", "451 4.7.1 try again later");
        loa = new LoaHarness(tmp, """
                smtp:
                  host: 127.0.0.1
                  port: %d
                  starttls: false
                  per_second: 0
                  connections: 1
                retries:
                  max_attempts: 5
                  first_backoff_seconds: 60
                """.formatted(relay.port())).start();
        MailList list = loa.config.list("lanh-dao").orElseThrow();
        for (String address : new String[] {"a@so.gov.vn", "khong-co@so.gov.vn", "tam-day@so.gov.vn", "b@so.gov.vn"}) {
            loa.components().subscribers().add(list, address, null, Consent.cli(Consent.Action.ADD, "test"));
        }
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
        relay.close();
    }

    Delivery to(String address) {
        return loa.deliveries("tin-loi").stream().filter(d -> d.recipient().equals(address)).findFirst().orElseThrow();
    }

    @Test
    void fiveHundredForOneRecipient_failsItAlone_andFourHundredIsRetriedThenDelivered() throws Exception {
        loa.drop("bnv/tin-loi.md", PipelineTest.approved("id: tin-loi\nchannels: [email]", "Thư thử lỗi."));
        await().atMost(Duration.ofSeconds(15)).until(() -> loa.deliveries("tin-loi").size() == 4
                && loa.deliveries("tin-loi").stream().allMatch(d -> d.attempts() == 1));

        assertThat(to("a@so.gov.vn").status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(to("b@so.gov.vn").status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(to("khong-co@so.gov.vn")).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.lastError()).contains("550 5.1.1 mailbox unavailable");
        });
        assertThat(to("tam-day@so.gov.vn")).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastError()).contains("451 4.7.1");
        });

        relay.replyToRcpt("tam-day@so.gov.vn", "250 2.1.5 OK");
        loa.clock.advance(Duration.ofMinutes(5));
        await().atMost(Duration.ofSeconds(15)).until(() -> to("tam-day@so.gov.vn").status() == DeliveryStatus.SENT);

        assertThat(to("tam-day@so.gov.vn").attempts()).isEqualTo(2);
        loa.clock.advance(Duration.ofDays(1));
        assertThat(to("khong-co@so.gov.vn").status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(relay.received()).flatExtracting(ScriptedSmtpServer.Received::recipients)
                .containsExactlyInAnyOrder("a@so.gov.vn", "b@so.gov.vn", "tam-day@so.gov.vn");
    }
}
