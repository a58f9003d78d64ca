package vn.loa.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * F1: the SMTP relay goes away in the middle of a send (connections refused) and comes back on the same port. The
 * real service (a child JVM, retries every 200 ms, backoff 1–2 s) keeps every recipient due and delivers everyone
 * when the relay is back. A message the relay had stored when it stopped, but whose {@code 250} never reached Loa, is
 * sent again with the same Message-ID: no SMTP client can tell it from one that was lost. Everyone else gets exactly
 * one. Asserted on end states only, so it holds whether a refused connection is logged as {@code failed} with a
 * retry time or left {@code pending} behind a circuit breaker.
 */
@Tag("crash")
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SmtpDownTest {

    static final int SUBSCRIBERS = 300;
    static final int CONNECTIONS = 2;

    @TempDir
    Path tmp;

    int port;
    GreenMail before;
    GreenMail after;
    ServiceProcess service;
    QuietSinkThreads quiet;

    @BeforeEach
    void start() {
        // killed clients make GreenMail's handler threads die with a socket error; that is expected here and must not
        // fail the awaits (Awaitility fails on any uncaught exception of any thread by default)
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        quiet = new QuietSinkThreads();
        port = ServiceProcess.freePort();
        before = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        before.start();
        service = new ServiceProcess(tmp, port, """
                max_attempts: 50
                first_backoff_seconds: 1
                max_backoff_seconds: 2
                """, Map.of("loa.retry.period", "200"));
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
                before.stop();
                if (after != null) {
                    after.stop();
                }
            } finally {
                quiet.close();
            }
        }
    }

    /** Email deliveries not sent whose attempt the log recorded (attempts or an error), i.e. tried while down. */
    int triedWhileDown() {
        return service.count("select count(*) from deliveries where channel = 'email' and status <> 'sent'"
                + " and (attempts > 0 or last_error is not null)");
    }

    @Test
    void relayStoppedMidSendAndStartedAgain_everyoneGetsTheMessage_twiceOnlyThoseCutOffAtTheStop_noneFailedOrDead() {
        List<String> subscribers = service.importSubscribers(SUBSCRIBERS);
        service.dropArticle();
        long began = System.nanoTime();
        service.start();

        await("the first messages; service " + service.state() + ", log " + service.log)
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                .until(() -> before.getReceivedMessages().length >= 5 || !service.isRunning());
        // GreenMail forgets what it received on stop (new Managers); the old ones keep it
        Managers beforeStore = before.getManagers();
        before.stop();
        long down = System.nanoTime();

        await("deliveries attempted while the relay is down; service " + service.state() + ", log " + service.log)
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> triedWhileDown() > 0 && System.nanoTime() - down >= TimeUnit.SECONDS.toNanos(3)
                        || !service.isRunning());
        assertThat(service.isRunning()).as("service %s:\n%s", service.state(), service.logTail(40)).isTrue();
        int tried = triedWhileDown();
        int beforeStop = beforeStore.getImapHostManager().getAllMessages().size();
        int attemptsWhileDown = service.count("select coalesce(sum(attempts), 0) from deliveries"
                + " where channel = 'email' and status <> 'sent'");
        assertThat(service.count("select count(*) from deliveries where status = 'dead'")).isZero();
        // cut off at the stop: stored by the relay, but not marked sent in the log
        Set<Long> storedBeforeStop = Received.of(beforeStore).stream().map(Received::deliveryId)
                .collect(Collectors.toSet());
        Set<Long> cutOff = service.emailDeliveries().stream()
                .filter(d -> !d.status().equals("sent") && storedBeforeStop.contains(d.id()))
                .map(ServiceProcess.Row::id).collect(Collectors.toSet());

        after = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        after.start();
        long up = System.nanoTime();
        await("every delivery sent after the relay came back; service " + service.state() + ", log " + service.log)
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !service.isRunning()
                        || service.count("select count(*) from deliveries where status = 'sent'") == SUBSCRIBERS);
        assertThat(service.isRunning()).as("service %s:\n%s", service.state(), service.logTail(40)).isTrue();
        long done = System.nanoTime();
        service.kill();

        assertThat(service.statusCounts()).containsOnlyKeys("sent");
        List<ServiceProcess.Row> log = service.emailDeliveries();
        assertThat(log.stream().map(ServiceProcess.Row::recipient)).containsExactlyInAnyOrderElementsOf(subscribers);
        Map<String, Long> deliveryOf = log.stream()
                .collect(Collectors.toMap(ServiceProcess.Row::recipient, ServiceProcess.Row::id));

        Map<String, List<Received>> byRecipient = Received.of(beforeStore, after.getManagers()).stream()
                .collect(Collectors.groupingBy(Received::recipient));
        assertThat(byRecipient.keySet()).containsExactlyInAnyOrderElementsOf(subscribers);
        byRecipient.forEach((recipient, copies) -> {
            long delivery = deliveryOf.get(recipient);
            assertThat(copies).as("messages to %s", recipient).hasSize(cutOff.contains(delivery) ? 2 : 1);
            assertThat(copies).as("delivery in each message to %s", recipient).extracting(Received::deliveryId)
                    .containsOnly(delivery);
        });
        System.out.printf("SmtpDownTest: %d of %d messages before the relay stopped (%d of them cut off), down %.1f s"
                        + " with %d deliveries tried (%d attempts), all %d sent %.1f s after it came back;"
                        + " %.1f s in all%n",
                beforeStop, SUBSCRIBERS, cutOff.size(), (up - down) / 1e9, tried, attemptsWhileDown, SUBSCRIBERS,
                (done - up) / 1e9, (done - began) / 1e9);
        // a connection has at most one message between the end of its data and the relay's answer
        assertThat(cutOff).as("cut off at the stop").hasSizeLessThanOrEqualTo(CONNECTIONS);
    }
}
