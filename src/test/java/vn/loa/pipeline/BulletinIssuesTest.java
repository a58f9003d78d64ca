package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.loa.bulletin.Bulletins;
import vn.loa.bulletin.IssueRecord;
import vn.loa.bulletin.IssueResult;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.storage.StoredContent;
import vn.loa.subscriber.Consent;

/** The e-bulletin on the real service with a clock the test moves: schedule, numbering, catch-up, skips, notes, outputs. */
@Tag("store")
class BulletinIssuesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String TITLE = "Bản tin điện tử Cải cách hành chính";

    @TempDir
    Path tmp;

    LoaHarness loa;

    @BeforeEach
    void create() throws Exception {
        loa = new LoaHarness(tmp, """
                bulletins:
                  - id: cchc
                    title: "%s"
                    schedule: "0 0 8 1,8,15,22 * ?"
                    units: [so-noi-vu-hn, bnv]
                    lists: [lanh-dao]
                    chats: []
                    publish_to: bnv
                    min_articles: 1
                  - id: tuan
                    title: "Bản tin Sở Nội vụ"
                    schedule: "0 0 8 1,8,15,22 * ?"
                    units: [so-noi-vu-hn]
                    publish_to: so-noi-vu-hn
                    min_articles: 2
                smtp:
                  host: localhost
                  port: %d
                  starttls: false
                  per_second: 0
                """.formatted(TITLE, smtp.getSmtp().getPort()));
        // the latest fire time before the start (22/11) finds no article: a skipped row, so tests begin clean
        at("2026-11-30T10:00");
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    void at(String local) {
        loa.clock.set(LocalDateTime.parse(local).atZone(HCM).toInstant());
    }

    Bulletins bulletins() {
        return loa.components().bulletins();
    }

    List<IssueRecord> issues(String bulletin) {
        return bulletins().issues(bulletin);
    }

    void start() throws Exception {
        loa.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> bulletins().history("cchc").size() == 1
                && bulletins().history("tuan").size() == 1);
        assertThat(bulletins().history("cchc").get(0).skipped()).isTrue();
    }

    void publish(String unit, String id, String title) throws Exception {
        loa.drop(unit + "/" + id + ".md", LoaHarness.article("id: " + id + "\ntitle: \"" + title + "\"\nstatus: approved\n"
                + "approved_by: Nguyễn Thị Lan\nsummary: \"Tóm tắt " + title + "\"", "Nội dung " + title + "."));
        await().atMost(Duration.ofSeconds(10)).until(() -> loa.components().contents().find(id)
                .filter(StoredContent::isPublished).isPresent());
    }

    void note(String id, String title) throws Exception {
        loa.drop(id + ".md", LoaHarness.article("id: " + id + "\ntype: bulletin\nbulletin: cchc\ntitle: \"" + title
                + "\"\nstatus: approved\napproved_by: Biên tập viên\nunits: [bnv]", "Lời **ban biên tập** cho số này."));
        await().atMost(Duration.ofSeconds(10)).until(() -> loa.components().contents().find(id)
                .filter(c -> c.status().equals("note")).isPresent());
    }

    /** Moves the clock to a fire time and waits for the issue count of cchc to reach {@code count}. */
    void fire(String local, int count) {
        at(local);
        await().atMost(Duration.ofSeconds(10)).until(() -> issues("cchc").size() == count);
    }

    void staysAt(int count) {
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> issues("cchc").size() == count);
    }

    static Instant local(String text) {
        return LocalDateTime.parse(text).atZone(HCM).toInstant();
    }

    @Test
    void fourFiresInAMonth_fourIssuesNumbered1To4_eachArticleInOne_thenNumber1InJanuary() throws Exception {
        start();
        String[] days = {"01", "08", "15", "22"};
        String[] before = {"2026-11-30T12:00", "2026-12-05T09:00", "2026-12-12T09:00", "2026-12-20T09:00"};
        for (int i = 0; i < 4; i++) {
            at(before[i]);
            publish("bnv", "tin-" + days[i], "Tin ngày " + days[i]);
            fire("2026-12-" + days[i] + "T08:00:05", i + 1);
        }
        List<IssueRecord> december = issues("cchc");
        assertThat(december).extracting(IssueRecord::number).containsExactly(4, 3, 2, 1);
        assertThat(december).extracting(IssueRecord::year).containsOnly(2026);
        assertThat(december).extracting(IssueRecord::articles)
                .containsExactly(List.of("tin-22"), List.of("tin-15"), List.of("tin-08"), List.of("tin-01"));
        assertThat(december.get(0).slot()).isEqualTo(local("2026-12-22T08:00"));
        assertThat(december.get(0).contentId()).isEqualTo("cchc-2026-4");

        at("2026-12-31T20:00");
        publish("so-noi-vu-hn", "tin-cuoi-nam", "Tin cuối năm");
        fire("2027-01-01T08:00:01", 5);
        IssueRecord january = issues("cchc").get(0);
        assertThat(january.year()).isEqualTo(2027);
        assertThat(january.number()).isEqualTo(1);
        assertThat(january.view().label()).isEqualTo("Số 1/2027");
        assertThat(january.articles()).containsExactly("tin-cuoi-nam");
    }

    @Test
    void downOverTwoFireTimes_onStartExactlyOneIssue_andARestartAddsNone() throws Exception {
        start();
        publish("bnv", "tin-truoc", "Tin trước khi dừng");
        loa.stop();
        at("2026-12-10T09:00");
        loa.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> issues("cchc").size() == 1);
        staysAt(1);
        IssueRecord issue = issues("cchc").get(0);
        assertThat(issue.slot()).isEqualTo(local("2026-12-08T08:00"));
        assertThat(issue.number()).isEqualTo(1);
        assertThat(issue.articles()).containsExactly("tin-truoc");

        loa.restart();
        staysAt(1);
        at("2026-12-10T06:00"); // the clock set back: still nothing
        staysAt(1);
    }

    @Test
    void manualRun_thenTheSameDaysFire_sendsOneIssue() throws Exception {
        start();
        publish("bnv", "tin-a", "Tin A");
        at("2026-12-01T07:00");
        IssueResult manual = bulletins().compileNow("cchc");
        assertThat(manual.compiled()).isTrue();
        staysAt(1);
        at("2026-12-01T08:00:03");
        staysAt(1);
        at("2026-12-07T10:00");
        publish("bnv", "tin-b", "Tin B");
        fire("2026-12-08T08:00:01", 2);
        assertThat(issues("cchc")).extracting(IssueRecord::articles).containsExactly(List.of("tin-b"), List.of("tin-a"));
        assertThat(issues("cchc")).extracting(IssueRecord::number).containsExactly(2, 1);
    }

    @Test
    void fewerThanMinArticles_isSkippedAndLogged_andTheArticlesComeInTheNextIssue() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(Bulletins.class)).addAppender(log);
        start();
        publish("so-noi-vu-hn", "snv-1", "Sở Nội vụ tin 1");
        fire("2026-12-01T08:00:02", 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> bulletins().history("tuan").size() == 2);
        IssueRecord skipped = bulletins().history("tuan").get(0);
        assertThat(skipped.skipped()).isTrue();
        assertThat(skipped.number()).isNull();
        assertThat(skipped.reason()).contains("chỉ có 1 tin bài mới từ ", "; min_articles là 2");
        assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
                .contains("bulletin tuan", "skipped", "min_articles là 2"));
        assertThat(bulletins().issues("tuan")).isEmpty();

        at("2026-12-05T10:00");
        publish("so-noi-vu-hn", "snv-2", "Sở Nội vụ tin 2");
        fire("2026-12-08T08:00:02", 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> bulletins().issues("tuan").size() == 1);
        IssueRecord issue = bulletins().issues("tuan").get(0);
        assertThat(issue.number()).isEqualTo(1);
        assertThat(issue.articles()).containsExactly("snv-2", "snv-1");
        ((Logger) LoggerFactory.getLogger(Bulletins.class)).detachAppender(log);
    }

    @Test
    void issue_isInTheFeedOnTheWebAndInTheMailbox_withTheNoteConsumedOnce() throws Exception {
        start();
        loa.components().subscribers().add(loa.config.list("lanh-dao").orElseThrow(), "giam.doc@so.gov.vn", null,
                Consent.cli(Consent.Action.ADD, "test"));
        note("loi-toa-soan", "Lời tòa soạn số đầu tiên");
        publish("bnv", "tin-bnv", "Bộ Nội vụ sơ kết cải cách hành chính");
        at("2026-11-30T13:00");
        publish("so-noi-vu-hn", "tin-snv", "Sở Nội vụ Hà Nội tập huấn");
        fire("2026-12-01T08:00:00", 1);
        IssueRecord issue = issues("cchc").get(0);
        // grouped by unit in the bulletin's order: so-noi-vu-hn first, then bnv
        assertThat(issue.articles()).containsExactly("tin-snv", "tin-bnv");
        assertThat(issue.noteIds()).containsExactly("loi-toa-soan");
        assertThat(loa.components().contents().find("loi-toa-soan").orElseThrow().status()).isEqualTo("consumed");

        await().atMost(Duration.ofSeconds(15)).until(() -> loa.deliveries("cchc-2026-1").stream()
                .noneMatch(d -> d.status() == DeliveryStatus.PENDING) && !loa.deliveries("cchc-2026-1").isEmpty());
        assertThat(loa.deliveries("cchc-2026-1")).anySatisfy(d -> {
            assertThat(d.recipient()).isEqualTo("giam.doc@so.gov.vn");
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> issues("cchc").get(0).status().equals(IssueRecord.SENT));

        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).startsWith(TITLE)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo(TITLE + " – Số 1/2026");
        assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(mail.getHeader("List-Id")[0]).isEqualTo("<lanh-dao.loa.test>");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<http://loa\\.test/unsubscribe\\?token=[^>]+>, <mailto:bantin@loa\\.test\\?subject=unsubscribe%20lanh-dao>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(text).contains("Số 1/2026", "Bộ Nội vụ sơ kết cải cách hành chính", "Sở Nội vụ Hà Nội tập huấn", "Hủy đăng ký");
        assertThat(html).contains(TITLE, "Số 1/2026", "Mục lục", "Lời tòa soạn số đầu tiên", "<strong>ban biên tập</strong>",
                "Tóm tắt Bộ Nội vụ sơ kết cải cách hành chính", "https://moha.gov.vn/tin/tin-bnv",
                "http://loa.test/articles/tin-snv", "/unsubscribe?token=");
        assertThat(html.indexOf("Lời tòa soạn")).isLessThan(html.indexOf("Mục lục"));
        assertThat(html.indexOf("Sở Nội vụ Hà Nội tập huấn")).isLessThan(html.indexOf("Bộ Nội vụ sơ kết"));

        SyndFeed rss = new SyndFeedInput().build(new StringReader(Files.readString(loa.content("public/feeds/bnv/rss.xml"))));
        SyndEntry entry = rss.getEntries().stream().filter(e -> e.getTitle().equals(TITLE + " – Số 1/2026")).findFirst().orElseThrow();
        assertThat(entry.getLink()).isEqualTo("http://loa.test/bulletins/cchc/2026-1");

        assertThat(Files.readString(loa.content("public/bulletins/cchc/2026-1.html"))).contains("Sở Nội vụ Hà Nội tập huấn");
        var page = loa.get("/bulletins/cchc/2026-1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(TITLE, "Số 1/2026", "Lời tòa soạn số đầu tiên", "Bộ Nội vụ sơ kết cải cách hành chính");
        assertThat(loa.get("/bulletins/cchc/2026-1.html").body()).isEqualTo(page.body());
        var index = loa.get("/bulletins/cchc");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("Số 1/2026", "http://loa.test/bulletins/cchc/2026-1");
        assertThat(loa.get("/bulletins/cchc/2026-9").statusCode()).isEqualTo(404);
        assertThat(loa.get("/bulletins/khong-co").statusCode()).isEqualTo(404);

        at("2026-12-05T10:00");
        publish("bnv", "tin-sau", "Tin sau");
        fire("2026-12-08T08:00:00", 2);
        assertThat(issues("cchc").get(0).noteIds()).isEmpty();
        assertThat(issues("cchc").get(0).articles()).containsExactly("tin-sau");
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
