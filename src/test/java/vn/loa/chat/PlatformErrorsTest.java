package vn.loa.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.loa.chat.ChatFixtures.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.config.Chat;
import vn.loa.delivery.DeliveryException;

/**
 * Every platform the same way: a 429 waits what the platform asks (Retry-After, or the body field where the
 * platform has one), a 5xx is retried with backoff, another 4xx fails with the platform's own message.
 */
class PlatformErrorsTest {

    @RegisterExtension
    static WireMockExtension platform = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            slack       | 30 | rate_limited                                                                          | 30000
            teams       | 30 | {"error":{"code":"429","message":"Rate limit is exceeded."}}                          | 30000
            discord     | 2  | {"message":"You are being rate limited.","retry_after":1.5,"global":false}            | 1500
            google-chat | 30 | {"error":{"code":429,"message":"Resource has been exhausted","status":"RESOURCE_EXHAUSTED"}} | 30000
            mattermost  | 30 | {"message":"Too many requests"}                                                       | 30000
            telegram    |    | {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}} | 7000
            zalo        | 30 | {"error":-32,"message":"Too many requests"}                                           | 30000
            webhook     | 30 | slow down                                                                             | 30000
            """)
    void rateLimited_retriesAfterTheWaitThePlatformAsks(String type, String retryAfter, String body, long waitMillis) throws Exception {
        var response = aResponse().withStatus(429).withBody(body);
        if (retryAfter != null) {
            response = response.withHeader("Retry-After", retryAfter);
        }
        platform.stubFor(post(urlEqualTo(requestPath(type))).willReturn(response));

        DeliveryException e = send(type);

        assertThat(e.isPermanent()).isFalse();
        assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(waitMillis));
        assertThat(e.getMessage()).startsWith("chat " + chatOf(type).id() + " (" + type + "): HTTP 429");
        platform.verify(1, postRequestedFor(urlEqualTo(requestPath(type))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"slack", "teams", "discord", "google-chat", "mattermost", "telegram", "zalo", "webhook"})
    void serverError_isTemporary(String type) throws Exception {
        platform.stubFor(post(urlEqualTo(requestPath(type))).willReturn(aResponse().withStatus(500).withBody("boom")));

        DeliveryException e = send(type);

        assertThat(e.isPermanent()).isFalse();
        assertThat(e.retryAfter()).isNull();
        assertThat(e.getMessage()).isEqualTo("chat " + chatOf(type).id() + " (" + type + "): HTTP 500: boom");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            slack       | invalid_payload                                                                      | invalid_payload
            teams       | {"error":{"code":"InvalidRequestContent","message":"The input body did not match the schema."}} | The input body did not match the schema.
            discord     | {"message":"Invalid Form Body","code":50035}                                         | Invalid Form Body (code 50035)
            google-chat | {"error":{"code":400,"message":"Invalid JSON payload received.","status":"INVALID_ARGUMENT"}} | Invalid JSON payload received.
            mattermost  | {"id":"web.incoming_webhook.parse.app_error","message":"Unable to parse incoming data","status_code":400} | Unable to parse incoming data
            telegram    | {"ok":false,"error_code":400,"description":"Bad Request: chat not found"}            | Bad Request: chat not found
            zalo        | {"error":-201,"message":"Invalid parameters"}                                        | Invalid parameters
            webhook     | unknown event type                                                                   | unknown event type
            """)
    void clientError_isPermanentWithThePlatformsMessage(String type, String body, String message) throws Exception {
        platform.stubFor(post(urlEqualTo(requestPath(type))).willReturn(aResponse().withStatus(400).withBody(body)));

        DeliveryException e = send(type);

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.isSkipped()).isFalse();
        assertThat(e.getMessage()).isEqualTo("chat " + chatOf(type).id() + " (" + type + "): HTTP 400: " + message);
    }

    private DeliveryException send(String type) throws Exception {
        Chat chat = chatOf(type);
        ChatChannel channel = channel(config(tmp, chat), CLOCK);
        return assertThrows(DeliveryException.class,
                () -> channel.send(delivery(7, chat, type.equals("zalo") ? "follower-1" : ""), shortArticle()));
    }

    private Chat chatOf(String type) {
        return chat(type, platform.baseUrl());
    }

    /** Where the short article (no image) goes. */
    static String requestPath(String type) {
        return switch (type) {
            case "telegram" -> path(type) + "/sendMessage";
            case "discord" -> path(type) + "?wait=true";
            default -> path(type);
        };
    }
}
