package vn.loa.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import vn.loa.config.Chat;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.config.Paths;
import vn.loa.config.Site;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.content.Channel;
import vn.loa.content.ContentStatus;
import vn.loa.content.ContentType;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.feed.Links;
import vn.loa.storage.Database;
import vn.loa.storage.Json;
import vn.loa.storage.StoredContent;

/** Chats of every type pointed at a WireMock base URL, and the two articles every platform test sends. */
final class ChatFixtures {

    /** 10:00 in Hà Nội. */
    static final Instant NOW = Instant.parse("2026-09-01T03:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Instant PUBLISHED = Instant.parse("2026-09-01T01:30:00Z");

    static final String WEBHOOK_SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "loa-test-signing-key-of-32-bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    static final String TELEGRAM_TOKEN = "123456789:AAE-telegramSecretToken";
    static final String ZALO_TOKEN = "zalo-access-token-configured";

    /** The request path (and query) each webhook type is configured with, relative to the WireMock base. */
    static String path(String type) {
        return switch (type) {
            case "slack" -> "/services/T0001/B0001/slackSecretPart123";
            case "teams" -> "/powerautomate/automations/direct/workflows/0a1b2c/triggers/manual/paths/invoke"
                    + "?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=teamsSignatureSecret42";
            case "discord" -> "/api/webhooks/112233445566/discordWebhookToken-xyz";
            case "google-chat" -> "/v1/spaces/AAAAcchc/messages?key=googleKeySecret99&token=googleTokenSecret77";
            case "mattermost" -> "/hooks/mattermostHookKey5566";
            case "webhook" -> "/loa/events";
            case "telegram" -> "/bot" + TELEGRAM_TOKEN;
            case "zalo" -> "/v3.0/oa/message/promotion";
            default -> throw new IllegalArgumentException(type);
        };
    }

    static Chat chat(String type, String base) {
        return switch (type) {
            case "telegram" -> new Chat("tg-cchc", type, base, TELEGRAM_TOKEN, "@cchc_news", null, null, null, null, null);
            case "zalo" -> new Chat("zalo-bnv", type, base, ZALO_TOKEN, null, null, null, null, "zalo-followers", null);
            case "webhook" -> new Chat("hook-cchc", type, base + path(type), null, null, null, null, null, null, WEBHOOK_SECRET);
            default -> new Chat(type + "-cchc", type, base + path(type), null, null, null, null, null, null, null);
        };
    }

    static LoaConfig config(Path contentDir, Chat... chats) {
        List<Unit> units = List.of(
                new Unit("bnv", "Bộ Nội vụ", "https://moha.gov.vn", "https://moha.gov.vn/tin-tuc/{id}", null,
                        List.of(), List.of(), null),
                new Unit("sonv-hn", "Sở Nội vụ Hà Nội", null, "https://sonoivu.hanoi.gov.vn/tin?id={id}&lang=vi", null,
                        List.of(), List.of(), null));
        return new LoaConfig(new Site("https://loa.example.gov.vn", null, null),
                new Paths(contentDir.resolve("content").toString(), contentDir.resolve("data").toString()),
                units, List.of(new MailList("zalo-followers", "Người quan tâm", null, false, "zalo")),
                List.of(chats), null, null, null, null, null, null, null, null);
    }

    /** Long title and summary (Vietnamese, markup characters, emoji), an image, two units; linked with a query. */
    static final String LONG_TITLE = "Sở Nội vụ Hà Nội & Bộ Nội vụ công bố <Kế hoạch> cải cách hành chính năm 2026: "
            + "*đột phá* về thủ tục, dịch vụ công trực tuyến toàn trình, chính quyền số và dữ liệu dân cư 🇻🇳 "
            + "phục vụ người dân, doanh nghiệp trên cả nước";
    static final String LONG_SUMMARY = longSummary();
    static final String IMAGE = "https://sonoivu.hanoi.gov.vn/anh/cai-cach-2026.jpg";

    static StoredContent longArticle() {
        return stored(new Article("ke-hoach-cchc-2026", "v1-long", ContentType.ARTICLE, ContentStatus.APPROVED,
                LONG_TITLE, LONG_SUMMARY, "<p>…</p>", List.of("sonv-hn", "bnv"), null, null, Set.of(Channel.values()),
                "Phòng CCHC", List.of("cải cách", "chuyển đổi số"), IMAGE, null, null, "Trưởng phòng", false, null,
                "ke-hoach.md"));
    }

    static final String SHORT_TITLE = "Hướng dẫn mới về đăng ký hộ tịch trực tuyến";
    static final String SHORT_SUMMARY = "Từ 1/9, người dân nộp hồ sơ trực tuyến và nhận kết quả qua VNeID.";

    static StoredContent shortArticle() {
        return stored(new Article("huong-dan-ho-tich", "v1-short", ContentType.ARTICLE, ContentStatus.APPROVED,
                SHORT_TITLE, SHORT_SUMMARY, "<p>…</p>", List.of("bnv"), null, null, Set.of(Channel.values()),
                null, List.of(), null, null, null, "Chánh văn phòng", false, null, "ho-tich.md"));
    }

    static final String SHORT_LINK = "https://moha.gov.vn/tin-tuc/huong-dan-ho-tich";
    static final String LONG_LINK = "https://sonoivu.hanoi.gov.vn/tin?id=ke-hoach-cchc-2026&lang=vi";

    private static StoredContent stored(Article a) {
        return new StoredContent(a, StoredContent.PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED);
    }

    private static String longSummary() {
        List<String> sentences = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            sentences.add("Bước " + i + ": người dân & doanh nghiệp được giảm <thủ tục> hành chính, số hoá hồ sơ,"
                    + " kết nối dữ liệu dân cư 👨‍👩‍👧 và *_trả kết quả_* trực tuyến.");
        }
        return String.join(" ", sentences);
    }

    static Delivery delivery(long id, Chat chat, String recipient) {
        return new Delivery(id, "x", "v", Channel.CHAT, chat.id(), recipient, DeliveryStatus.PENDING, 0, null,
                NOW, NOW, null, null);
    }

    /** Short timeouts, no rate limit: tests stay fast. */
    /** For chats that need no database (every type but a Zalo chat with refresh settings). */
    static ChatChannel channel(LoaConfig config, Clock clock) {
        return channel(config, new ZaloTokenStore(null), clock);
    }

    static ChatChannel channel(LoaConfig config, Database db, Clock clock) {
        return channel(config, new ZaloTokenStore(db), clock);
    }

    static ChatChannel channel(LoaConfig config, ZaloTokenStore store, Clock clock) {
        return ChatChannel.create(config, new Links(config), store, clock,
                new ChatHttp(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new ChatRateLimiter(type -> ChatPace.UNLIMITED, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING));
    }

    /**
     * {@code cut} is {@code full} cut on a word with "…" within {@code max}, compared after {@code unescape}: its
     * text is a prefix of {@code full} that ends where a word ends.
     */
    static void assertCutOnWord(String cut, String full, int max, java.util.function.UnaryOperator<String> unescape) {
        assertThat(cut.length()).as("length of %s", cut).isLessThanOrEqualTo(max);
        assertThat(cut).endsWith("…");
        String head = unescape.apply(cut.substring(0, cut.length() - 1));
        assertThat(full).startsWith(head);
        String rest = full.substring(head.length()).replaceFirst("^[,;:.\\-–—]+", "");
        assertThat(rest).as("what follows the cut").matches("(?s)\\s.*");
    }

    /** The body of the one request the server received, as JSON. */
    static JsonNode onlyRequest(WireMockExtension server) throws Exception {
        List<LoggedRequest> requests = server.findAll(RequestPatternBuilder.allRequests());
        assertThat(requests).hasSize(1);
        return Json.MAPPER.readTree(requests.get(0).getBodyAsString());
    }

    static String unslack(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String unhtml(String s) {
        return unslack(s.replace("&quot;", "\""));
    }

    static String unmarkdown(String s) {
        return s.replaceAll("\\\\(\\p{Punct})", "$1");
    }
}
