package vn.loa.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
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
 * F6 (and F13's window, between the server's 250 and the commit of {@code sent}): the real service, a child JVM,
 * sends one article to 2,000 subscribers through GreenMail and is killed with SIGKILL at random points, then
 * restarted, until the delivery log has nothing pending. Every subscriber gets the article; a second copy (same
 * Message-ID) only for a delivery that was in flight at a kill: accepted by the server but not yet marked sent.
 *
 * <p>The seed is printed; {@code -Dloa.crash.seed=N} replays a run's kill points.
 */
@Tag("crash")
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class KillDuringSendTest {

    static final int SUBSCRIBERS = 2000;
    static final int CONNECTIONS = 2;
    /** Kills once a random number of further messages arrived; at least this many, then the send may finish. */
    static final int THRESHOLD_KILLS = 10;
    /** Kills after a random short delay from start (during start-up, intake or resumption): at most this many. */
    static final int MAX_DELAY_KILLS = 2;

    @TempDir
    Path tmp;

    GreenMail smtp;
    ServiceProcess service;
    QuietSinkThreads quiet;

    @BeforeEach
    void start() {
        // killed clients make GreenMail's handler threads die with a socket error; that is expected here and must not
        // fail the awaits (Awaitility fails on any uncaught exception of any thread by default)
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

    int received() {
        return smtp.getReceivedMessages().length;
    }

    @Test
    void sigkillAtRandomPointsDuringASend_everyoneGetsTheArticle_copiesOnlyForDeliveriesInFlightAtAKill() {
        long seed = Long.getLong("loa.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> subscribers = service.importSubscribers(SUBSCRIBERS);
        service.dropArticle();

        long began = System.nanoTime();
        int thresholdKills = 0;
        int delayKills = 0;
        List<Set<Long>> inFlightAtKills = new ArrayList<>();
        List<String> cycles = new ArrayList<>();
        while (true) {
            long startedAt = System.nanoTime();
            service.start();
            int base = received();
            boolean byDelay = delayKills < MAX_DELAY_KILLS && random.nextInt(5) == 0;
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300 + random.nextInt(1500));
            int threshold = base + 20 + random.nextInt(141);
            boolean killing = thresholdKills < THRESHOLD_KILLS;
            await("the service to send more than " + threshold + " messages, or to finish; service " + service.state()
                    + ", log " + service.log)
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(25))
                    .until(() -> {
                        if (!service.isRunning()) {
                            return true;
                        }
                        int now = received();
                        // the log is read only once everyone has a copy: the poll stays cheap on a 2-core machine
                        return killing && (byDelay ? System.nanoTime() >= deadline : now > threshold)
                                || now >= SUBSCRIBERS && service.nothingPending();
                    });
            assertThat(service.isRunning()).as("service %s:\n%s", service.state(), service.logTail(40)).isTrue();
            if (service.nothingPending()) {
                break;
            }
            service.kill();
            cycles.add("%s %d→%d in %.1f s".formatted(byDelay ? "delay" : "threshold", base, received(),
                    (System.nanoTime() - startedAt) / 1e9));
            if (byDelay) {
                delayKills++;
            } else {
                thresholdKills++;
            }
            await("the SMTP sink to settle").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(stableFor(Duration.ofMillis(300), this::received));
            // in flight at this kill: on the server, but not (yet) marked sent in the log
            Set<Long> onServer = Received.of(smtp).stream().map(Received::deliveryId).collect(Collectors.toSet());
            Set<Long> inFlight = service.emailDeliveries().stream()
                    .filter(d -> !d.status().equals("sent") && onServer.contains(d.id()))
                    .map(ServiceProcess.Row::id).collect(Collectors.toCollection(HashSet::new));
            inFlightAtKills.add(inFlight);
        }
        service.kill();
        System.out.println("KillDuringSendTest cycles: " + cycles);
        double seconds = (System.nanoTime() - began) / 1e9;

        // the delivery log: every delivery sent, exactly once
        List<ServiceProcess.Row> log = service.emailDeliveries();
        assertThat(service.statusCounts()).containsOnlyKeys("sent");
        assertThat(log).hasSize(SUBSCRIBERS);
        assertThat(log).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo("sent");
            assertThat(d.attempts()).as("attempts of #%d", d.id()).isEqualTo(1);
        });
        assertThat(log.stream().map(ServiceProcess.Row::recipient)).containsExactlyInAnyOrderElementsOf(subscribers);
        Map<String, Long> deliveryOf = log.stream()
                .collect(Collectors.toMap(ServiceProcess.Row::recipient, ServiceProcess.Row::id));

        // what arrived: everyone, at most twice, every copy of a recipient with the same Message-ID of its delivery
        Map<String, List<Received>> byRecipient = Received.of(smtp).stream()
                .collect(Collectors.groupingBy(Received::recipient));
        assertThat(byRecipient.keySet()).containsExactlyInAnyOrderElementsOf(subscribers);
        byRecipient.forEach((recipient, copies) -> {
            assertThat(copies).as("copies to %s", recipient).hasSizeBetween(1, 2);
            assertThat(copies).as("Message-IDs to %s", recipient).extracting(Received::messageId).containsOnly(
                    copies.get(0).messageId());
            assertThat(copies.get(0).deliveryId()).as("delivery of %s", recipient).isEqualTo(deliveryOf.get(recipient));
        });

        int kills = thresholdKills + delayKills;
        Set<Long> twice = byRecipient.values().stream().filter(c -> c.size() > 1).map(c -> c.get(0).deliveryId())
                .collect(Collectors.toSet());
        int extras = byRecipient.values().stream().mapToInt(c -> c.size() - 1).sum();
        Set<Long> everInFlight = inFlightAtKills.stream().flatMap(Set::stream).collect(Collectors.toSet());
        System.out.printf("KillDuringSendTest: seed %d, %d kills (%d after a random number of messages, %d after a"
                        + " random delay), %d extra copies of %d messages, in flight at each kill %s, %.1f s; child on %s%n",
                seed, kills, thresholdKills, delayKills, extras, SUBSCRIBERS + extras,
                inFlightAtKills.stream().map(Set::size).toList(), seconds,
                ServiceProcess.classpathNote());

        assertThat(thresholdKills).isGreaterThanOrEqualTo(THRESHOLD_KILLS);
        assertThat(twice).as("deliveries received twice were in flight at a kill (seed %d)", seed)
                .isSubsetOf(everInFlight);
        // each thread of the delivery pool (two per connection) and the retry sweep may have one message sent whose
        // outcome is not committed yet: a worker takes its next delivery only once its last one is in the log
        assertThat(inFlightAtKills).as("in flight at each kill (seed %d)", seed)
                .allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(2 * CONNECTIONS + 1));
        assertThat(extras).isLessThanOrEqualTo((2 * CONNECTIONS + 1) * kills);
    }

    /** True once {@code value} has not changed for {@code quiet}. */
    static <T> Callable<Boolean> stableFor(Duration quiet, Callable<T> value) {
        return new Callable<>() {
            T last;
            long since = System.nanoTime();

            @Override
            public Boolean call() throws Exception {
                T now = value.call();
                if (!now.equals(last)) {
                    last = now;
                    since = System.nanoTime();
                    return false;
                }
                return System.nanoTime() - since >= quiet.toNanos();
            }
        };
    }
}
