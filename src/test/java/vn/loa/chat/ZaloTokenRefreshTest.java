package vn.loa.chat;

import vn.loa.testing.TestStores;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.loa.chat.ChatFixtures.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Chat;
import vn.loa.config.Storage;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.Database;
import vn.loa.storage.StorageException;

/**
 * Zalo's OAuth refresh: the rotated single-use refresh token is committed before the new access token is used,
 * survives a restart, and a refused refresh ends the delivery with a next step.
 */
@Tag("store")
class ZaloTokenRefreshTest {

    @RegisterExtension
    static WireMockExtension zalo = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    static final String PROMOTION = "/v3.0/oa/message/promotion";
    static final String OAUTH = "/v4/oa/access_token";
    static final String SENT = "{\"data\":{\"message_id\":\"m-2\"},\"error\":0,\"message\":\"Success\"}";
    static final String REFRESHED = "{\"access_token\":\"access-new-1\",\"refresh_token\":\"refresh-new-1\",\"expires_in\":\"90000\"}";

    @TempDir
    Path tmp;
    Database db;
    Chat chat;
    /** Each save, with the number of requests the platform had received when it happened. */
    final List<String> saves = new ArrayList<>();
    boolean failSaves;

    @BeforeEach
    void setUp() {
        db = Database.open(TestStores.storage(tmp));
        chat = new Chat("zalo-bnv", "zalo", zalo.baseUrl(), ZALO_TOKEN, null, "refresh-configured", "app-123",
                "zalo-app-secret", "zalo-followers", null);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    ChatChannel channel(Clock clock) {
        ZaloTokenStore store = new ZaloTokenStore(db) {
            @Override
            void save(String chatId, Tokens tokens, Instant now) {
                if (failSaves) {
                    throw new StorageException("disk full", null);
                }
                super.save(chatId, tokens, now);
                saves.add(tokens.refreshToken() + " after " + zalo.findAll(RequestPatternBuilder.allRequests()).size() + " requests");
            }
        };
        return ChatFixtures.channel(config(tmp, chat), store, clock);
    }

    void stubRefreshFlow() {
        zalo.stubFor(post(urlEqualTo(PROMOTION)).withHeader("access_token", equalTo(ZALO_TOKEN))
                .willReturn(okJson("{\"error\":-216,\"message\":\"Access token is invalid\"}")));
        zalo.stubFor(post(urlEqualTo(OAUTH)).willReturn(okJson(REFRESHED)));
        zalo.stubFor(post(urlEqualTo(PROMOTION)).withHeader("access_token", equalTo("access-new-1")).willReturn(okJson(SENT)));
    }

    @Test
    void rejectedToken_isRefreshedStoredBeforeUseAndTheSendRetried() throws Exception {
        stubRefreshFlow();

        String remoteId = channel(CLOCK).send(delivery(1, chat, "8473920174625"), shortArticle());

        assertThat(remoteId).isEqualTo("m-2");
        assertThat(saves).containsExactly("refresh-new-1 after 2 requests");
        zalo.verify(postRequestedFor(urlEqualTo(OAUTH))
                .withHeader("secret_key", equalTo("zalo-app-secret"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("app_id=app-123&grant_type=refresh_token&refresh_token=refresh-configured")));
        zalo.verify(1, postRequestedFor(urlEqualTo(PROMOTION)).withHeader("access_token", equalTo("access-new-1")));
        ZaloTokenStore.Tokens stored = new ZaloTokenStore(db).find("zalo-bnv").orElseThrow();
        assertThat(stored.accessToken()).isEqualTo("access-new-1");
        assertThat(stored.refreshToken()).isEqualTo("refresh-new-1");
        assertThat(stored.expiresAt()).isEqualTo(NOW.plusSeconds(90000));
        assertThat(stored.seed()).isEqualTo(ZaloTokens.seed("refresh-configured"));
    }

    @Test
    void storedTokens_areUsedAfterARestartWithoutRefreshingAgain() throws Exception {
        stubRefreshFlow();
        channel(CLOCK).send(delivery(1, chat, "8473920174625"), shortArticle());
        zalo.resetRequests();

        channel(CLOCK).send(delivery(2, chat, "8473920174625"), shortArticle());

        zalo.verify(0, postRequestedFor(urlEqualTo(OAUTH)));
        zalo.verify(1, postRequestedFor(urlEqualTo(PROMOTION)).withHeader("access_token", equalTo("access-new-1")));
    }

    @Test
    void expiredStoredToken_isRefreshedBeforeSending() throws Exception {
        stubRefreshFlow();
        channel(CLOCK).send(delivery(1, chat, "8473920174625"), shortArticle());
        zalo.resetRequests();
        zalo.stubFor(post(urlEqualTo(OAUTH)).withRequestBody(containing("refresh_token=refresh-new-1")).willReturn(okJson(
                "{\"access_token\":\"access-new-2\",\"refresh_token\":\"refresh-new-2\",\"expires_in\":\"90000\"}")));
        zalo.stubFor(post(urlEqualTo(PROMOTION)).withHeader("access_token", equalTo("access-new-2")).willReturn(okJson(SENT)));

        Clock dayLater = Clock.fixed(NOW.plus(Duration.ofHours(25)), ZoneOffset.UTC);
        channel(dayLater).send(delivery(2, chat, "8473920174625"), shortArticle());

        assertThat(saves).last().isEqualTo("refresh-new-2 after 1 requests");
        zalo.verify(0, postRequestedFor(urlEqualTo(PROMOTION)).withHeader("access_token", equalTo("access-new-1")));
        assertThat(new ZaloTokenStore(db).find("zalo-bnv").orElseThrow().refreshToken()).isEqualTo("refresh-new-2");
    }

    @Test
    void newConfiguredRefreshToken_replacesStoredTokensOfTheOldOne() throws Exception {
        stubRefreshFlow();
        channel(CLOCK).send(delivery(1, chat, "8473920174625"), shortArticle());
        zalo.resetRequests();
        chat = new Chat("zalo-bnv", "zalo", zalo.baseUrl(), "access-after-new-consent", null, "refresh-after-new-consent",
                "app-123", "zalo-app-secret", "zalo-followers", null);
        zalo.stubFor(post(urlEqualTo(PROMOTION)).withHeader("access_token", equalTo("access-after-new-consent")).willReturn(okJson(SENT)));

        channel(CLOCK).send(delivery(2, chat, "8473920174625"), shortArticle());

        zalo.verify(1, postRequestedFor(urlEqualTo(PROMOTION)));
    }

    @Test
    void storeFailure_keepsTheNewTokensAndStoresThemBeforeTheirFirstUse() throws Exception {
        stubRefreshFlow();
        failSaves = true;
        ChatChannel channel = channel(CLOCK);

        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.send(delivery(1, chat, "8473920174625"), shortArticle()));

        assertThat(e.isPermanent()).isFalse();
        assertThat(e.getMessage()).contains("the refreshed Zalo tokens could not be stored (disk full)");
        zalo.verify(0, postRequestedFor(urlEqualTo(PROMOTION)).withHeader("access_token", equalTo("access-new-1")));

        failSaves = false;
        assertThat(channel.send(delivery(1, chat, "8473920174625"), shortArticle())).isEqualTo("m-2");

        assertThat(saves).containsExactly("refresh-new-1 after 2 requests");
        zalo.verify(1, postRequestedFor(urlEqualTo(OAUTH)));
    }

    @Test
    void refusedRefresh_isPermanentWithANextStep() {
        zalo.stubFor(post(urlEqualTo(PROMOTION)).willReturn(okJson("{\"error\":-220,\"message\":\"Access token has expired\"}")));
        zalo.stubFor(post(urlEqualTo(OAUTH)).willReturn(okJson(
                "{\"error\":-14014,\"error_name\":\"Invalid refresh token\",\"error_description\":\"Invalid refresh token\"}")));

        DeliveryException e = assertThrows(DeliveryException.class,
                () -> channel(CLOCK).send(delivery(1, chat, "8473920174625"), shortArticle()));

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getMessage()).isEqualTo("chat zalo-bnv (zalo): Zalo refused to refresh the access token"
                + " (error -14014): Invalid refresh token; if the refresh token is no longer valid, an OA admin must"
                + " grant the app access again and the new refresh_token be configured");
        assertThat(saves).isEmpty();
    }
}
