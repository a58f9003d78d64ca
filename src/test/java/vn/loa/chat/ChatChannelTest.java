package vn.loa.chat;

import vn.loa.testing.TestStores;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.loa.chat.ChatFixtures.*;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.loa.config.Chat;
import vn.loa.config.LoaConfig;
import vn.loa.config.Storage;
import vn.loa.delivery.DeliveryException;
import vn.loa.feed.Links;
import vn.loa.storage.Database;
import vn.loa.storage.Json;

/** The channel around the senders: outbox fallback, pace per target, timeouts, and secrets kept out of every message. */
class ChatChannelTest {

    @RegisterExtension
    static WireMockExtension platform = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    @TempDir
    Path tmp;

    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    final Logger loa = (Logger) LoggerFactory.getLogger("vn.loa");
    Level level;

    @BeforeEach
    void captureLogs() {
        level = loa.getLevel();
        loa.setLevel(Level.DEBUG);
        logs.start();
        loa.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        loa.detachAppender(logs);
        loa.setLevel(level);
    }

    @Test
    void chatWithNeitherUrlNorToken_writesThePayloadToTheOutbox() throws Exception {
        Chat chat = new Chat("slack-local", "slack", null, null, null, null, null, null, null, null);
        LoaConfig config = config(tmp, chat);

        String remoteId = channel(config, CLOCK).send(delivery(9, chat, ""), shortArticle());

        assertThat(remoteId).isEqualTo("outbox/9-huong-dan-ho-tich-slack-local.json");
        Path file = config.paths().outbox().resolve("9-huong-dan-ho-tich-slack-local.json");
        assertThat(Json.MAPPER.readTree(Files.readString(file)).path("title").asText()).isEqualTo(SHORT_TITLE);
    }

    @Test
    void unconfiguredChat_isPermanent() {
        Chat chat = chat("slack", platform.baseUrl());
        Chat other = new Chat("elsewhere", "slack", "http://localhost:1/x", null, null, null, null, null, null, null);

        DeliveryException e = assertThrows(DeliveryException.class,
                () -> channel(config(tmp, chat), CLOCK).send(delivery(1, other, ""), shortArticle()));

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getMessage()).isEqualTo("chat elsewhere is not configured");
    }

    @Test
    void burstOfArticles_queuesAtThePlatformsPaceInsteadOfFailing() throws Exception {
        AtomicLong nanos = new AtomicLong();
        TimeMeter time = new TimeMeter() {
            @Override public long currentTimeNanos() { return nanos.get(); }
            @Override public boolean isWallClockBased() { return false; }
        };
        BlockingStrategy advance = nanos::addAndGet;
        Chat slack = chat("slack", platform.baseUrl());
        Chat teams = chat("teams", platform.baseUrl());
        LoaConfig config = config(tmp, slack, teams);
        ChatChannel channel = ChatChannel.create(config, new Links(config), new ZaloTokenStore(null), CLOCK,
                new ChatHttp(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new ChatRateLimiter(ChatPace::forType, time, advance));
        platform.stubFor(post(anyUrl()).willReturn(ok("ok")));

        for (int i = 0; i < 3; i++) {
            channel.send(delivery(i, slack, ""), shortArticle());
        }
        long slackWait = nanos.get();
        for (int i = 0; i < 4; i++) {
            channel.send(delivery(10 + i, teams, ""), shortArticle());
        }

        assertThat(Duration.ofNanos(slackWait)).isEqualTo(Duration.ofSeconds(2));
        assertThat(nanos.get()).as("Teams takes 4 a second, on a bucket of its own").isEqualTo(slackWait);
        platform.verify(3, postRequestedFor(urlEqualTo(path("slack"))));
        platform.verify(4, postRequestedFor(urlEqualTo(path("teams"))));
    }

    @Test
    void slowServer_isATemporaryFailure() {
        Chat chat = chat("slack", platform.baseUrl());
        LoaConfig config = config(tmp, chat);
        ChatChannel impatient = ChatChannel.create(config, new Links(config), new ZaloTokenStore(null), CLOCK,
                new ChatHttp(Duration.ofMillis(200), Duration.ofMillis(200)),
                new ChatRateLimiter(type -> ChatPace.UNLIMITED, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING));
        platform.stubFor(post(urlEqualTo(path("slack"))).willReturn(ok("ok").withFixedDelay(1000)));

        DeliveryException e = assertThrows(DeliveryException.class, () -> impatient.send(delivery(1, chat, ""), shortArticle()));

        assertThat(e.isPermanent()).isFalse();
        assertThat(e.retryAfter()).isNull();
        assertThat(e.getMessage()).isEqualTo("chat slack-cchc (slack): no answer within 0.200 s");
    }

    @Test
    void unreachableServer_isATemporaryFailureWithoutTheUrl() {
        Chat chat = new Chat("discord-down", "discord", "http://127.0.0.1:1/api/webhooks/1/discordSecretToken99",
                null, null, null, null, null, null, null);

        DeliveryException e = assertThrows(DeliveryException.class,
                () -> channel(config(tmp, chat), CLOCK).send(delivery(1, chat, ""), shortArticle()));

        assertThat(e.isPermanent()).isFalse();
        assertThat(e.getMessage()).startsWith("chat discord-down (discord): cannot reach the server").doesNotContain("discordSecretToken99");
    }

    @Test
    void secrets_appearInNoExceptionOrLogLine() throws Exception {
        List<String> secrets = List.of(path("slack"), "slackSecretPart123", "teamsSignatureSecret42", "discordWebhookToken-xyz",
                "googleKeySecret99", "googleTokenSecret77", "mattermostHookKey5566", TELEGRAM_TOKEN, "telegramSecretToken",
                ZALO_TOKEN, "zalo-refresh-secret", "zalo-app-secret", "access-from-refresh", "refresh-from-refresh",
                WEBHOOK_SECRET, platform.baseUrl() + path("webhook"));
        List<Chat> chats = new ArrayList<>();
        for (String type : List.of("slack", "teams", "discord", "google-chat", "mattermost", "telegram", "webhook")) {
            chats.add(chat(type, platform.baseUrl()));
        }
        Chat zalo = new Chat("zalo-bnv", "zalo", platform.baseUrl(), ZALO_TOKEN, null, "zalo-refresh-secret", "app-1",
                "zalo-app-secret", "zalo-followers", null);
        chats.add(zalo);
        // every platform answers with an error that echoes where and how it was called, secrets included
        String echo = "{{request.url}} {{request.headers.access_token}} {{request.headers.secret_key}}";
        platform.stubFor(post(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"rejected: " + echo + "\",\"description\":\"rejected: " + echo + "\"}")
                .withTransformers("response-template")));
        platform.stubFor(post(urlEqualTo(path("zalo"))).atPriority(1).willReturn(okJson(
                "{\"error\":-216,\"message\":\"token " + ZALO_TOKEN + " is invalid\"}")));
        platform.stubFor(post(urlEqualTo("/v4/oa/access_token")).atPriority(1).willReturn(okJson(
                "{\"access_token\":\"access-from-refresh\",\"refresh_token\":\"refresh-from-refresh\",\"expires_in\":\"90000\"}")));

        List<String> messages = new ArrayList<>();
        try (Database db = Database.open(TestStores.storage(tmp))) {
            ChatChannel channel = channel(config(tmp, chats.toArray(Chat[]::new)), db, CLOCK);
            for (Chat chat : chats) {
                DeliveryException e = assertThrows(DeliveryException.class,
                        () -> channel.send(delivery(1, chat, chat.isZalo() ? "8473920174625" : ""), longArticle()));
                assertThat(e.getMessage()).startsWith("chat " + chat.id() + " (" + chat.type() + "): ");
                messages.add(e.getMessage());
            }
        }
        for (ILoggingEvent event : logs.list) {
            messages.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                messages.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }

        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("chat zalo-bnv: Zalo access token refreshed; the new tokens are stored");
        assertThat(messages).hasSizeGreaterThan(chats.size());
        for (String message : messages) {
            for (String secret : secrets) {
                assertThat(message).doesNotContain(secret);
            }
        }
    }
}
