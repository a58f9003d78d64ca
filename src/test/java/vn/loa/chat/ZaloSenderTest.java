package vn.loa.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.loa.chat.ChatFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.config.Chat;
import vn.loa.delivery.DeliveryException;

/** Zalo OA v3 promotion to one follower: the payload, error 0 in a 200, the night window and quota errors. */
class ZaloSenderTest {

    @RegisterExtension
    static WireMockExtension zalo = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    static final String PROMOTION = "/v3.0/oa/message/promotion";
    static final String SENT = "{\"data\":{\"message_id\":\"a1b2c3d4e5\",\"user_id\":\"8473920174625\"},\"error\":0,\"message\":\"Success\"}";

    @TempDir
    Path tmp;
    Chat chat;

    @BeforeEach
    void setUp() {
        chat = chat("zalo", zalo.baseUrl());
    }

    ChatChannel channel(Clock clock) {
        return ChatFixtures.channel(config(tmp, chat), clock);
    }

    @Test
    void shortArticleWithoutImage_sendsPromotionToTheFollower() throws Exception {
        zalo.stubFor(post(urlEqualTo(PROMOTION)).willReturn(okJson(SENT)));

        String remoteId = channel(CLOCK).send(delivery(1, chat, "8473920174625"), shortArticle());

        assertThat(remoteId).isEqualTo("a1b2c3d4e5");
        zalo.verify(postRequestedFor(urlEqualTo(PROMOTION))
                .withHeader("access_token", equalTo(ZALO_TOKEN))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"recipient": {"user_id": "8473920174625"},
                         "message": {"attachment": {"type": "template", "payload": {
                           "template_type": "promotion",
                           "language": "VI",
                           "elements": [
                             {"type": "header", "content": "Hướng dẫn mới về đăng ký hộ tịch trực tuyến"},
                             {"type": "text", "align": "left", "content": "Từ 1/9, người dân nộp hồ sơ trực tuyến và nhận kết quả qua VNeID."}
                           ],
                           "buttons": [{"title": "Đọc tiếp", "type": "oa.open.url",
                             "payload": {"url": "https://moha.gov.vn/tin-tuc/huong-dan-ho-tich"}}]
                         }}}}""")));
    }

    @Test
    void longArticleWithImage_hasBannerAndCutHeaderAndText() throws Exception {
        zalo.stubFor(post(urlEqualTo(PROMOTION)).willReturn(okJson(SENT)));

        channel(CLOCK).send(delivery(2, chat, "8473920174625"), longArticle());

        JsonNode payload = onlyRequest(zalo).path("message").path("attachment").path("payload");
        JsonNode elements = payload.path("elements");
        assertThat(elements.path(0).path("type").asText()).isEqualTo("banner");
        assertThat(elements.path(0).path("image_url").asText()).isEqualTo(IMAGE);
        assertThat(elements.path(1).path("type").asText()).isEqualTo("header");
        assertCutOnWord(elements.path(1).path("content").asText(), LONG_TITLE, ZaloSender.HEADER_MAX, s -> s);
        assertThat(elements.path(2).path("type").asText()).isEqualTo("text");
        assertCutOnWord(elements.path(2).path("content").asText(), LONG_SUMMARY, ZaloSender.TEXT_MAX, s -> s);
        assertThat(payload.path("buttons").path(0).path("payload").path("url").asText()).isEqualTo(LONG_LINK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -213 | User has not followed OA        | Zalo error -213 (the user does not follow the OA): User has not followed OA
            -211 | Out of quota                    | Zalo error -211 (out of quota): Out of quota
            -218 | Receiver quota exceeded         | Zalo error -218 (the recipient's quota of messages is used up): Receiver quota exceeded
            -999 | Something new                   | Zalo error -999: Something new
            """)
    void errorInAHttp200Body_failsPermanentlyWithTheReason(int error, String message, String expected) {
        zalo.stubFor(post(urlEqualTo(PROMOTION)).willReturn(okJson("{\"error\":" + error + ",\"message\":\"" + message + "\"}")));

        DeliveryException e = assertThrows(DeliveryException.class,
                () -> channel(CLOCK).send(delivery(3, chat, "8473920174625"), shortArticle()));

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getMessage()).isEqualTo("chat zalo-bnv (zalo): " + expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-09-01T16:30:00Z, PT6H30M
            2026-09-01T20:00:00Z, PT3H
            2026-09-01T15:00:00Z, PT8H
            2026-09-01T08:00:00Z, PT10M
            """)
    void nightWindow_retriesWhenTheMorningWindowOpens(Instant now, Duration wait) {
        zalo.stubFor(post(urlEqualTo(PROMOTION)).willReturn(okJson(
                "{\"error\":-234,\"message\":\"This message cannot be sent at night (10:00PM - 6:00AM)\"}")));

        DeliveryException e = assertThrows(DeliveryException.class,
                () -> channel(Clock.fixed(now, ZoneOffset.UTC)).send(delivery(4, chat, "8473920174625"), shortArticle()));

        assertThat(e.isPermanent()).isFalse();
        assertThat(e.retryAfter()).isEqualTo(wait);
        assertThat(e.getMessage()).contains("Zalo error -234", "retry when the night window ends");
    }

    @Test
    void apiCallLimit_retriesAfterAMinute() {
        zalo.stubFor(post(urlEqualTo(PROMOTION)).willReturn(okJson("{\"error\":-32,\"message\":\"Exceed rate limit\"}")));

        DeliveryException e = assertThrows(DeliveryException.class,
                () -> channel(CLOCK).send(delivery(5, chat, "8473920174625"), shortArticle()));

        assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void rejectedTokenWithoutRefreshSettings_isPermanent() {
        zalo.stubFor(post(urlEqualTo(PROMOTION)).willReturn(okJson("{\"error\":-216,\"message\":\"Access token is invalid\"}")));

        DeliveryException e = assertThrows(DeliveryException.class,
                () -> channel(CLOCK).send(delivery(6, chat, "8473920174625"), shortArticle()));

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getMessage()).isEqualTo("chat zalo-bnv (zalo): Zalo error -216 (the access token is invalid):"
                + " Access token is invalid; configure a new token, or refresh_token, app_id and secret_key so that"
                + " Loa refreshes it");
    }

    @Test
    void noFollower_isPermanentAndSendsNothing() {
        DeliveryException e = assertThrows(DeliveryException.class,
                () -> channel(CLOCK).send(delivery(7, chat, ""), shortArticle()));

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getMessage()).startsWith("chat zalo-bnv (zalo): the delivery names no follower");
    }

    @Test
    void bodyWithoutError_isTemporary() {
        zalo.stubFor(post(urlEqualTo(PROMOTION)).willReturn(okJson("{\"status\":\"maintenance\"}")));

        DeliveryException e = assertThrows(DeliveryException.class,
                () -> channel(CLOCK).send(delivery(8, chat, "8473920174625"), shortArticle()));

        assertThat(e.isPermanent()).isFalse();
        assertThat(e.getMessage()).startsWith("chat zalo-bnv (zalo): HTTP 200 without Zalo's error field");
    }
}
