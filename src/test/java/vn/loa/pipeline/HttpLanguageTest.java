package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.i18n.Messages;

/**
 * Loa's own pages, the JSON API's messages and the confirmation email in the language of {@code site.language}:
 * Vietnamese by default, English with {@code en}. {@code /health} stays the same JSON in both.
 */
class HttpLanguageTest {

    /** What each language says, by page. */
    private static final Map<String, Map<String, String>> SAYS = Map.of(
            "vi", Map.ofEntries(
                    Map.entry("form", "<title>Đăng ký nhận tin: Lãnh đạo</title>"),
                    Map.entry("form.text", "<p>Danh sách: <strong>Lãnh đạo</strong></p>"),
                    Map.entry("mailbox", "<h1>Vui lòng kiểm tra hộp thư</h1>"),
                    Map.entry("bad address", "<p>Địa chỉ thư điện tử không hợp lệ: thiếu dấu @.</p>"),
                    Map.entry("bad link", "<title>Liên kết không hợp lệ</title>"),
                    Map.entry("no page", "<title>Không tìm thấy trang</title>"),
                    Map.entry("no method", "<title>Không hỗ trợ yêu cầu này</title>"),
                    Map.entry("no article", "<h1>Không tìm thấy bài viết</h1><p>Bài viết không tồn tại hoặc đã được gỡ.</p>"),
                    Map.entry("api no article", "{\"error\":\"not found\",\"detail\":\"không có bài đã xuất bản nào có mã này\"}"),
                    Map.entry("api admin", "{\"error\":\"API quản trị đang tắt: hãy đặt biến môi trường LOA_ADMIN_TOKEN để bật\"}"),
                    Map.entry("email subject", "Xác nhận đăng ký nhận tin: Lãnh đạo"),
                    Map.entry("email intro", "Địa chỉ an.nguyen@moha.gov.vn vừa được đăng ký nhận thư của danh sách"
                            + " <strong>Lãnh đạo</strong>."),
                    Map.entry("email days", "trong vòng 7 ngày để xác nhận:"),
                    Map.entry("not sent", "<p>Chưa gửi được thư xác nhận. Vui lòng thử lại sau ít phút.</p>")),
            "en", Map.ofEntries(
                    Map.entry("form", "<title>Subscribe: Lãnh đạo</title>"),
                    Map.entry("form.text", "<p>List: <strong>Lãnh đạo</strong></p>"),
                    Map.entry("mailbox", "<h1>Please check your mailbox</h1>"),
                    Map.entry("bad address", "<p>The email address is not valid: no @.</p>"),
                    Map.entry("bad link", "<title>Invalid link</title>"),
                    Map.entry("no page", "<title>Page not found</title>"),
                    Map.entry("no method", "<title>Request not supported</title>"),
                    Map.entry("no article", "<h1>Article not found</h1><p>The article does not exist or has been withdrawn.</p>"),
                    Map.entry("api no article", "{\"error\":\"not found\",\"detail\":\"no published article with this id\"}"),
                    Map.entry("api admin", "{\"error\":\"admin API disabled: set LOA_ADMIN_TOKEN\"}"),
                    Map.entry("email subject", "Confirm your subscription: Lãnh đạo"),
                    Map.entry("email intro", "The address an.nguyen@moha.gov.vn has just been subscribed to the emails of the"
                            + " list <strong>Lãnh đạo</strong>."),
                    Map.entry("email days", "within 7 days to confirm:"),
                    Map.entry("not sent", "<p>The confirmation email could not be sent yet. Please try again in a few"
                            + " minutes.</p>")));

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void pagesApiAndConfirmationEmail_speakTheSiteLanguage(String language) throws Exception {
        Map<String, String> says = SAYS.get(language);
        try (LoaHarness loa = LoaHarness.speaking(language, tmp, "").start()) {
            HttpResponse<String> form = loa.get("/subscribe?list=lanh-dao");
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).startsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">")
                    .contains(says.get("form"), says.get("form.text"));

            HttpResponse<String> asked = loa.post("/subscribe", "list=lanh-dao&email="
                    + URLEncoder.encode("an.nguyen@moha.gov.vn", StandardCharsets.UTF_8));
            assertThat(asked.statusCode()).isEqualTo(200);
            assertThat(asked.body()).contains(says.get("mailbox"));
            MimeMessage email = confirmationIn(loa.content("outbox"));
            assertThat(email.getSubject()).isEqualTo(says.get("email subject"));
            String html = EmailListTest.html(email);
            assertThat(html).contains("<html lang=\"" + language + "\">", says.get("email intro"), says.get("email days"));

            assertPage(loa.post("/subscribe", "list=lanh-dao&email=khong-hop-le"), 400, language, says.get("bad address"));
            assertPage(loa.get("/confirm?token=sai"), 400, language, says.get("bad link"));
            assertPage(loa.get("/khong-co-trang-nay"), 404, language, says.get("no page"));
            assertPage(loa.get("/articles/khong-co"), 404, language, says.get("no article"));
            HttpResponse<String> wrongMethod = loa.post("/feeds/bnv/rss.xml", "a=b");
            assertPage(wrongMethod, 405, language, says.get("no method"));
            assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET, HEAD");

            HttpResponse<String> apiArticle = loa.get("/api/articles/khong-co");
            assertThat(apiArticle.statusCode()).isEqualTo(404);
            assertThat(apiArticle.body()).isEqualTo(says.get("api no article"));
            HttpResponse<String> admin = loa.get("/api/deliveries");
            assertThat(admin.statusCode()).isEqualTo(403);
            assertThat(admin.body()).isEqualTo(says.get("api admin"));

            HttpResponse<String> health = loa.get("/health");
            assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(health.body()).startsWith("{\"status\":\"UP\",\"storage\":\"UP\",\"routes\":{");
        }
        assertThat(Messages.current().language()).as("the language of the process once the service is closed").isEqualTo("vi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void confirmationThatCannotBeSent_isA503InTheSiteLanguage(String language) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (LoaHarness loa = LoaHarness.speaking(language, tmp, "smtp:\n  host: 127.0.0.1\n  port: " + closed + "\n").start()) {
            HttpResponse<String> answer = loa.post("/subscribe", "list=lanh-dao&email=an.nguyen%40moha.gov.vn");

            assertPage(answer, 503, language, SAYS.get(language).get("not sent"));
        }
    }

    private static void assertPage(HttpResponse<String> page, int status, String language, String says) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).startsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">").contains(says);
    }

    private static MimeMessage confirmationIn(Path outbox) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.isDirectory(outbox) && confirmations(outbox).size() == 1);
        try (InputStream in = Files.newInputStream(confirmations(outbox).get(0))) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static List<Path> confirmations(Path outbox) throws Exception {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().startsWith("confirm-")).toList();
        }
    }
}
