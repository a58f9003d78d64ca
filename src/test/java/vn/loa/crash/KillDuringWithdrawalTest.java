package vn.loa.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article is sent to a list, then withdrawn, and the real service (a child JVM) is killed with SIGKILL during the
 * withdrawal's fan-out and restarted, until nothing is pending: every address that was sent the article gets the
 * withdrawal, a second copy (same Message-ID) only for a withdrawal in flight at a kill. {@code -Dloa.crash.seed=N}
 * replays the kill points.
 */
@Tag("crash")
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class KillDuringWithdrawalTest {

    static final int SUBSCRIBERS = 300;
    static final int KILLS = 3;

    @TempDir
    Path tmp;

    GreenMail smtp;
    ServiceProcess service;
    QuietSinkThreads quiet;

    @BeforeEach
    void start() {
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        quiet = new QuietSinkThreads();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        service = new ServiceProcess(tmp, smtp.getSmtp().getPort(), "", Map.of());
    }

    @AfterEach
    void stop() {
        Awaitility.reset();
        try {
            if (service != null) {
                service.close();
            }
        } finally {
            try {
                smtp.stop();
            } finally {
                quiet.close();
            }
        }
    }

    Set<Long> withdrawalIds() {
        return service.emailDeliveries("withdrawal").stream().map(ServiceProcess.Row::id).collect(Collectors.toSet());
    }

    long withdrawalsReceived(Set<Long> ids) {
        return Received.of(smtp).stream().filter(r -> ids.contains(r.deliveryId())).count();
    }

    @Test
    void sigkillDuringAWithdrawalsFanOut_everyoneSentTheArticleGetsItOnce_copiesOnlyForThoseInFlight() {
        long seed = Long.getLong("loa.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> subscribers = service.importSubscribers(SUBSCRIBERS);
        service.dropArticle();
        service.start();
        await("the article to reach everyone").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> smtp.getReceivedMessages().length >= SUBSCRIBERS && service.nothingPending());

        service.dropWithdrawal();
        await("the withdrawals to be planned").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> withdrawalIds().size() == SUBSCRIBERS);
        Set<Long> ids = withdrawalIds();
        Set<Long> everInFlight = new HashSet<>();
        int kills = 0;
        while (true) {
            long threshold = withdrawalsReceived(ids) + 10 + random.nextInt(60);
            boolean killing = kills < KILLS;
            await("more withdrawals, or the end; log " + service.log).atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> !service.isRunning() || killing && withdrawalsReceived(ids) > threshold
                            || withdrawalsReceived(ids) >= SUBSCRIBERS && service.nothingPending());
            assertThat(service.isRunning()).as("service %s:\n%s", service.state(), service.logTail(40)).isTrue();
            if (service.nothingPending() && withdrawalsReceived(ids) >= SUBSCRIBERS) {
                break;
            }
            service.kill();
            kills++;
            await("the SMTP sink to settle").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(KillDuringSendTest.stableFor(Duration.ofMillis(300), () -> withdrawalsReceived(ids)));
            Set<Long> onServer = Received.of(smtp).stream().map(Received::deliveryId).collect(Collectors.toSet());
            service.emailDeliveries("withdrawal").stream()
                    .filter(d -> !d.status().equals("sent") && onServer.contains(d.id()))
                    .forEach(d -> everInFlight.add(d.id()));
            service.start();
        }
        service.kill();
        System.out.printf("KillDuringWithdrawalTest: seed %d, %d kills, in flight at kills %d%n", seed, kills,
                everInFlight.size());

        List<ServiceProcess.Row> log = service.emailDeliveries("withdrawal");
        assertThat(log).hasSize(SUBSCRIBERS).allSatisfy(d -> assertThat(d.status()).isEqualTo("sent"));
        assertThat(log.stream().map(ServiceProcess.Row::recipient)).containsExactlyInAnyOrderElementsOf(subscribers);
        Map<String, List<Received>> byRecipient = Received.of(smtp).stream().filter(r -> ids.contains(r.deliveryId()))
                .collect(Collectors.groupingBy(Received::recipient));
        assertThat(byRecipient.keySet()).containsExactlyInAnyOrderElementsOf(subscribers);
        byRecipient.forEach((recipient, copies) -> {
            assertThat(copies).as("withdrawals to %s", recipient).hasSizeBetween(1, 2);
            assertThat(copies).extracting(Received::messageId).containsOnly(copies.get(0).messageId());
            if (copies.size() == 2) {
                assertThat(everInFlight).as("seed %d: %s got two", seed, recipient).contains(copies.get(0).deliveryId());
            }
        });
        assertThat(kills).isEqualTo(KILLS);
    }
}
