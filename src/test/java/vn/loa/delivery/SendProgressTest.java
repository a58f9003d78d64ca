package vn.loa.delivery;

import vn.loa.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.loa.config.Storage;
import vn.loa.content.Channel;
import vn.loa.storage.Database;
import vn.loa.storage.Timestamps;
import vn.loa.testing.MutableClock;

/** How far a send has come, from the delivery log on a real SQLite file, and the lines the service logs about it. */
@Tag("store")
class SendProgressTest {

    static final int MEMBERS = 1000;

    @TempDir
    Path tmp;
    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T01:00:00Z"));
    DeliveryLog log;
    final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    final Logger progressLogger = (Logger) LoggerFactory.getLogger(ProgressLog.class);

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
        log = DeliveryLog.open(db, clock);
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("insert into deliveries (content_id, content_version, channel,"
                    + " target, recipient, status, attempts, created_at, updated_at) values"
                    + " ('ban-tin-so-12', 'v1', 'email', 'lanh-dao', ?, 'pending', 0, ?, ?)")) {
                for (int i = 1; i <= MEMBERS; i++) {
                    st.setString(1, "nguoi" + i + "@loa.test");
                    st.setString(2, Timestamps.format(clock.instant()));
                    st.setString(3, Timestamps.format(clock.instant()));
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
        lines.start();
        progressLogger.addAppender(lines);
    }

    @AfterEach
    void close() {
        progressLogger.detachAppender(lines);
        db.close();
    }

    @Test
    void sendUnderWay_showsSentOfTotalTheRecentRateAndTheTimeLeft() {
        List<Delivery> claimed = log.leases().claimPending("ban-tin-so-12", "v1", MEMBERS);
        // 100 sent at +10 s, +20 s and +30 s; 2 failed for good
        for (int step = 1; step <= 3; step++) {
            clock.advance(Duration.ofSeconds(10));
            for (Delivery d : claimed.subList((step - 1) * 100, step * 100)) {
                log.outcomes().markSent(d.id(), "<" + d.id() + "@loa.test>");
            }
        }
        log.outcomes().markFailed(claimed.get(300).id(), "550 không có hộp thư", false);
        log.outcomes().markFailed(claimed.get(301).id(), "550 không có hộp thư", false);

        List<SendProgress> progress = log.queries().progress(null);

        assertThat(progress).hasSize(1);
        SendProgress p = progress.get(0);
        assertThat(p).extracting(SendProgress::channel, SendProgress::target, SendProgress::total, SendProgress::sent,
                SendProgress::failed, SendProgress::pending).containsExactly(Channel.EMAIL, "lanh-dao", 1000, 300, 2, 698);
        // 300 sent between the first (+10 s) and now (+30 s)
        assertThat(p.perSecond()).isEqualTo(15.0);
        assertThat(p.timeLeft()).isEqualTo(Duration.ofMillis(46_533));
        assertThat(p.describe()).isEqualTo("ban-tin-so-12 email → lanh-dao: 300/1,000 sent (30%), 2 failed, 15/s,"
                + " 698 to go, about 46 s left");
    }

    @Test
    void rate_isTakenOverTheLastMinute_andNothingMovingMeansNoTimeLeft() {
        List<Delivery> claimed = log.leases().claimPending("ban-tin-so-12", "v1", MEMBERS);
        clock.advance(Duration.ofSeconds(1));
        claimed.subList(0, 500).forEach(d -> log.outcomes().markSent(d.id(), null));
        clock.advance(Duration.ofSeconds(119));
        claimed.subList(500, 560).forEach(d -> log.outcomes().markSent(d.id(), null));

        assertThat(log.queries().progress(null).get(0).perSecond()).isEqualTo(1.0);

        clock.advance(Duration.ofSeconds(61));
        SendProgress stalled = log.queries().progress(null).get(0);
        assertThat(stalled.perSecond()).isZero();
        assertThat(stalled.timeLeft()).isNull();
    }

    @Test
    void progressLog_logsSendsThatMove_andOnceMoreWhenTheyFinish() {
        ProgressLog progress = new ProgressLog(log.queries());
        List<Delivery> claimed = log.leases().claimPending("ban-tin-so-12", "v1", MEMBERS);
        clock.advance(Duration.ofSeconds(10));
        claimed.subList(0, 400).forEach(d -> log.outcomes().markSent(d.id(), null));

        progress.report();
        clock.advance(Duration.ofSeconds(10));
        claimed.subList(400, MEMBERS).forEach(d -> log.outcomes().markSent(d.id(), null));
        progress.report();
        progress.report();

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "sending ban-tin-so-12 email → lanh-dao: 400/1,000 sent (40%), 400/s, 600 to go, about 1 s left",
                "sent ban-tin-so-12 email → lanh-dao: 1,000/1,000 sent (100%), 100/s, finished in 10 s");
        assertThat(log.queries().progress(null)).isEmpty();
        assertThat(log.queries().progress("ban-tin-so-12")).singleElement().satisfies(p -> assertThat(p.finished()).isTrue());
    }
}
