package vn.loa.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.loa.chat.ChatFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Chat;
import vn.loa.delivery.DeliveryException;
import vn.loa.storage.Json;

/** The generic webhook: the article as JSON, signed per Standard Webhooks, verified with the reference library. */
class WebhookSenderTest {

    @RegisterExtension
    static WireMockExtension receiver = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    @TempDir
    Path tmp;

    /** The reference library checks the timestamp against the real time, so these sends use it. */
    ChatChannel channel(Chat chat, Clock clock) {
        return ChatFixtures.channel(config(tmp, chat), clock);
    }

    @Test
    void shortArticleWithoutImage_postsTheArticleSignedAndVerifiable() throws Exception {
        Chat chat = chat("webhook", receiver.baseUrl());
        receiver.stubFor(post(urlEqualTo("/loa/events")).willReturn(aResponse().withStatus(204)));

        String remoteId = channel(chat, Clock.systemUTC()).send(delivery(42, chat, ""), shortArticle());

        assertThat(remoteId).isEqualTo("42");
        receiver.verify(postRequestedFor(urlEqualTo("/loa/events"))
                .withHeader("Content-Type", containing("application/json"))
                .withHeader("webhook-id", equalTo("42"))
                .withHeader("webhook-timestamp", matching("\\d{10}"))
                .withHeader("webhook-signature", matching("v1,[A-Za-z0-9+/]{43}="))
                .withRequestBody(equalToJson("""
                        {"type": "article.published",
                         "timestamp": "2026-09-01T01:30:00Z",
                         "data": {
                           "id": "huong-dan-ho-tich",
                           "version": "v1-short",
                           "title": "Hướng dẫn mới về đăng ký hộ tịch trực tuyến",
                           "summary": "Từ 1/9, người dân nộp hồ sơ trực tuyến và nhận kết quả qua VNeID.",
                           "url": "https://moha.gov.vn/tin-tuc/huong-dan-ho-tich",
                           "image": null,
                           "units": [{"id": "bnv", "name": "Bộ Nội vụ"}],
                           "tags": [],
                           "chat": "hook-cchc"
                         }}""")));
        verifySignature(onlyLoggedRequest());
    }

    @Test
    void longArticleWithImage_carriesTheWholeArticleAndVerifies() throws Exception {
        Chat chat = chat("webhook", receiver.baseUrl());
        receiver.stubFor(post(urlEqualTo("/loa/events")).willReturn(aResponse().withStatus(200)));

        channel(chat, Clock.systemUTC()).send(delivery(43, chat, ""), longArticle());

        LoggedRequest request = onlyLoggedRequest();
        verifySignature(request);
        JsonNode data = Json.MAPPER.readTree(request.getBodyAsString()).path("data");
        assertThat(data.path("title").asText()).isEqualTo(LONG_TITLE);
        assertThat(data.path("summary").asText()).isEqualTo(LONG_SUMMARY);
        assertThat(data.path("url").asText()).isEqualTo(LONG_LINK);
        assertThat(data.path("image").asText()).isEqualTo(IMAGE);
        assertThat(data.path("units").toString())
                .isEqualTo("[{\"id\":\"sonv-hn\",\"name\":\"Sở Nội vụ Hà Nội\"},{\"id\":\"bnv\",\"name\":\"Bộ Nội vụ\"}]");
        assertThat(data.path("author").asText()).isEqualTo("Phòng CCHC");
        assertThat(data.path("tags").toString()).isEqualTo("[\"cải cách\",\"chuyển đổi số\"]");
    }

    @Test
    void retry_keepsTheWebhookIdWithANewTimestamp() throws Exception {
        Chat chat = chat("webhook", receiver.baseUrl());
        receiver.stubFor(post(urlEqualTo("/loa/events")).willReturn(aResponse().withStatus(200)));

        channel(chat, Clock.systemUTC()).send(delivery(44, chat, ""), shortArticle());
        channel(chat, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(90))).send(delivery(44, chat, ""), shortArticle());

        List<LoggedRequest> requests = receiver.findAll(RequestPatternBuilder.allRequests());
        assertThat(requests).extracting(r -> r.getHeader("webhook-id")).containsExactly("44", "44");
        assertThat(Long.parseLong(requests.get(1).getHeader("webhook-timestamp"))
                - Long.parseLong(requests.get(0).getHeader("webhook-timestamp"))).isBetween(89L, 91L);
        for (LoggedRequest request : requests) {
            verifySignature(request);
        }
    }

    @Test
    void signatureWithAnotherSecret_doesNotVerify() throws Exception {
        Chat chat = chat("webhook", receiver.baseUrl());
        receiver.stubFor(post(urlEqualTo("/loa/events")).willReturn(aResponse().withStatus(200)));

        channel(chat, Clock.systemUTC()).send(delivery(45, chat, ""), shortArticle());

        LoggedRequest request = onlyLoggedRequest();
        Webhook other = new Webhook("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]));
        assertThrows(WebhookVerificationException.class, () -> other.verify(request.getBodyAsString(), headers(request)));
    }

    @Test
    void gone_isPermanent() {
        Chat chat = chat("webhook", receiver.baseUrl());
        receiver.stubFor(post(urlEqualTo("/loa/events")).willReturn(aResponse().withStatus(410)));

        DeliveryException e = assertThrows(DeliveryException.class,
                () -> channel(chat, Clock.systemUTC()).send(delivery(46, chat, ""), shortArticle()));

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getMessage()).startsWith("chat hook-cchc (webhook): HTTP 410: the receiver has removed this endpoint");
    }

    @Test
    void noSecret_isPermanentAndSendsNothing() {
        Chat unsigned = new Chat("hook-cchc", "webhook", receiver.baseUrl() + "/loa/events", null, null, null, null, null, null, null);

        DeliveryException e = assertThrows(DeliveryException.class,
                () -> channel(unsigned, Clock.systemUTC()).send(delivery(47, unsigned, ""), shortArticle()));

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getMessage()).startsWith("chat hook-cchc (webhook): no secret configured");
    }

    private static LoggedRequest onlyLoggedRequest() {
        List<LoggedRequest> requests = receiver.findAll(RequestPatternBuilder.allRequests());
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static void verifySignature(LoggedRequest request) throws Exception {
        new Webhook(WEBHOOK_SECRET).verify(request.getBodyAsString(), headers(request));
    }

    private static Map<String, List<String>> headers(LoggedRequest request) {
        return Map.of(
                "webhook-id", List.of(request.getHeader("webhook-id")),
                "webhook-timestamp", List.of(request.getHeader("webhook-timestamp")),
                "webhook-signature", List.of(request.getHeader("webhook-signature")));
    }
}
