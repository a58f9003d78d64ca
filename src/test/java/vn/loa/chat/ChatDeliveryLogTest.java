package vn.loa.chat;

import vn.loa.testing.TestStores;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.chat.ChatFixtures.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Chat;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.config.Paths;
import vn.loa.config.Retries;
import vn.loa.config.Site;
import vn.loa.config.Storage;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.content.Channel;
import vn.loa.content.ContentStatus;
import vn.loa.content.ContentType;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryFilter;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.DeliveryPlanner;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.Dispatcher;
import vn.loa.delivery.IntakeEvents;
import vn.loa.delivery.Publisher;
import vn.loa.feed.Links;
import vn.loa.storage.ContentStore;
import vn.loa.storage.Database;
import vn.loa.testing.MutableClock;

/** Through the real dispatcher: one logged delivery per Zalo follower, and the log says what each platform answered. */
@Tag("store")
class ChatDeliveryLogTest {

    @RegisterExtension
    static WireMockExtension platform = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    @TempDir
    Path tmp;
    Database db;
    final MutableClock clock = new MutableClock(NOW);

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void zaloFollowersAndSlack_eachDeliveryLogsWhatThePlatformAnswered() throws Exception {
        Chat zalo = chat("zalo", platform.baseUrl());
        Chat slack = chat("slack", platform.baseUrl());
        LoaConfig config = new LoaConfig(new Site("https://loa.example.gov.vn", null, null),
                new Paths(tmp.resolve("content").toString(), tmp.resolve("data").toString()),
                List.of(new Unit("bnv", "Bộ Nội vụ", null, null, null, List.of(), List.of(zalo.id(), slack.id()), null)),
                List.of(new MailList("zalo-followers", "Người quan tâm", null, false, "zalo")),
                List.of(zalo, slack), null, null, null, null, null, new Retries(5, 30, 3600), null, null);
        for (String follower : List.of("f-ok", "f-not-following", "f-busy")) {
            subscribe("zalo-followers", follower, "confirmed");
        }
        subscribe("zalo-followers", "f-unconfirmed", "pending");
        platform.stubFor(post(urlEqualTo(path("zalo"))).withRequestBody(matchingJsonPath("$.recipient.user_id", equalTo("f-ok")))
                .willReturn(okJson("{\"data\":{\"message_id\":\"zm-1\"},\"error\":0,\"message\":\"Success\"}")));
        platform.stubFor(post(urlEqualTo(path("zalo"))).withRequestBody(matchingJsonPath("$.recipient.user_id", equalTo("f-not-following")))
                .willReturn(okJson("{\"error\":-213,\"message\":\"User has not followed OA\"}")));
        platform.stubFor(post(urlEqualTo(path("zalo"))).withRequestBody(matchingJsonPath("$.recipient.user_id", equalTo("f-busy")))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        platform.stubFor(post(urlEqualTo(path("slack"))).willReturn(ok("ok")));

        DeliveryLog log = DeliveryLog.open(db, clock);
        ContentStore contents = new ContentStore(db);
        new Publisher(db, contents, log, new DeliveryPlanner(config), new IntakeEvents(db, clock), clock).accept(
                new Article("tin-zalo", "v1", ContentType.ARTICLE, ContentStatus.APPROVED, SHORT_TITLE, SHORT_SUMMARY,
                        "<p>…</p>", List.of("bnv"), null, null, Set.of(Channel.CHAT), null, List.of(), null, null, null,
                        "Chánh văn phòng", false, null, "tin-zalo.md"));
        ChatChannel channel = ChatChannel.create(config, new Links(config), new ZaloTokenStore(db), clock,
                new ChatHttp(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new ChatRateLimiter(type -> ChatPace.UNLIMITED, TimeMeter.SYSTEM_NANOTIME,
                        BlockingStrategy.PARKING));
        Dispatcher dispatcher = new Dispatcher(Map.of(Channel.CHAT, channel), log.outcomes(), contents, config.retries(), clock);

        log.leases().claimPending("tin-zalo", "v1", 10).forEach(dispatcher::deliver);

        Map<String, Delivery> rows = log.queries().find(DeliveryFilter.all()).stream()
                .collect(Collectors.toMap(d -> d.target() + "/" + d.recipient(), Function.identity()));
        assertThat(rows).containsOnlyKeys("zalo-bnv/f-ok", "zalo-bnv/f-not-following", "zalo-bnv/f-busy", "slack-cchc/");
        assertThat(rows.get("zalo-bnv/f-ok").status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(rows.get("zalo-bnv/f-ok").remoteId()).isEqualTo("zm-1");
        assertThat(rows.get("slack-cchc/").status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(rows.get("zalo-bnv/f-not-following").status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(rows.get("zalo-bnv/f-not-following").lastError())
                .isEqualTo("chat zalo-bnv (zalo): Zalo error -213 (the user does not follow the OA): User has not followed OA");
        assertThat(rows.get("zalo-bnv/f-busy").status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(rows.get("zalo-bnv/f-busy").lastError()).isEqualTo("chat zalo-bnv (zalo): HTTP 429; retry in 120 s");

        clock.advance(Duration.ofSeconds(119));
        assertThat(log.leases().claimDue(10)).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(log.leases().claimDue(10)).extracting(Delivery::recipient).containsExactly("f-busy");
    }

    private void subscribe(String list, String address, String status) {
        db.query(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into subscribers (list_id, address, status, created_at,"
                    + " updated_at) values (?, ?, ?, '2026-08-01T00:00:00.000Z', '2026-08-01T00:00:00.000Z')")) {
                s.setString(1, list);
                s.setString(2, address);
                s.setString(3, status);
                return s.executeUpdate();
            }
        });
    }
}
