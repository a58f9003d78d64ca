package vn.loa.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Chat;
import vn.loa.delivery.DeliveryException;

/** Slack incoming webhook: Block Kit with a fallback, mrkdwn escaping, limits, the plain "ok". */
class SlackSenderTest {

    @RegisterExtension
    static WireMockExtension slack = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    @TempDir
    Path tmp;
    Chat chat;
    ChatChannel channel;

    @BeforeEach
    void setUp() {
        chat = chat("slack", slack.baseUrl());
        channel = channel(config(tmp, chat), CLOCK);
    }

    @Test
    void shortArticleWithoutImage_postsBlockKitWithFallback() throws Exception {
        slack.stubFor(post(urlEqualTo(path("slack"))).willReturn(ok("ok")));

        String remoteId = channel.send(delivery(1, chat, ""), shortArticle());

        assertThat(remoteId).isNull();
        slack.verify(postRequestedFor(urlEqualTo(path("slack")))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"text": "Hướng dẫn mới về đăng ký hộ tịch trực tuyến – https://moha.gov.vn/tin-tuc/huong-dan-ho-tich",
                         "blocks": [
                           {"type": "header", "text": {"type": "plain_text", "text": "Hướng dẫn mới về đăng ký hộ tịch trực tuyến", "emoji": true}},
                           {"type": "context", "elements": [{"type": "mrkdwn", "text": "Bộ Nội vụ"}]},
                           {"type": "section", "text": {"type": "mrkdwn",
                             "text": "Từ 1/9, người dân nộp hồ sơ trực tuyến và nhận kết quả qua VNeID.\\n<https://moha.gov.vn/tin-tuc/huong-dan-ho-tich|Đọc tiếp>"}}
                         ]}""")));
    }

    @Test
    void longArticleWithImage_isEscapedAndCutToSlackLimits() throws Exception {
        slack.stubFor(post(urlEqualTo(path("slack"))).willReturn(ok("ok")));

        channel.send(delivery(2, chat, ""), longArticle());

        JsonNode body = onlyRequest(slack);
        assertThat(body.path("text").asText())
                .startsWith("Sở Nội vụ Hà Nội &amp; Bộ Nội vụ công bố &lt;Kế hoạch&gt; cải cách")
                .endsWith(" – https://sonoivu.hanoi.gov.vn/tin?id=ke-hoach-cchc-2026&amp;lang=vi");
        JsonNode header = body.path("blocks").path(0);
        assertThat(header.path("type").asText()).isEqualTo("header");
        assertCutOnWord(header.path("text").path("text").asText(), LONG_TITLE, 150, s -> s);
        assertThat(body.path("blocks").path(1).path("elements").path(0).path("text").asText())
                .isEqualTo("Sở Nội vụ Hà Nội · Bộ Nội vụ");
        JsonNode section = body.path("blocks").path(2);
        String text = section.path("text").path("text").asText();
        String more = "\n<https://sonoivu.hanoi.gov.vn/tin?id=ke-hoach-cchc-2026&amp;lang=vi|Đọc tiếp>";
        assertThat(text).endsWith(more).hasSizeLessThanOrEqualTo(3000).doesNotContain("<thủ").contains("&lt;thủ tục&gt;");
        assertCutOnWord(text.substring(0, text.length() - more.length()), LONG_SUMMARY, 3000 - more.length(), ChatFixtures::unslack);
        assertThat(section.path("accessory").path("type").asText()).isEqualTo("image");
        assertThat(section.path("accessory").path("image_url").asText()).isEqualTo(IMAGE);
        assertThat(section.path("accessory").path("alt_text").asText()).startsWith("Sở Nội vụ Hà Nội & Bộ Nội vụ");
    }

    @Test
    void okWithAnotherBody_isNotSuccess() {
        slack.stubFor(post(urlEqualTo(path("slack"))).willReturn(ok("invalid_token")));

        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.send(delivery(3, chat, ""), shortArticle()));

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getMessage()).isEqualTo("chat slack-cchc (slack): HTTP 200 without Slack's ok: invalid_token");
    }

    @Test
    void workflowBuilderWebhook_isSuccessOnA200WithoutOk() throws Exception {
        Chat workflow = new Chat("slack-workflow", "slack", slack.baseUrl() + "/triggers/T0001/4711/triggerSecret42",
                null, null, null, null, null, null, null);
        slack.stubFor(post(urlEqualTo("/triggers/T0001/4711/triggerSecret42")).willReturn(ok("")));

        String remoteId = channel(config(tmp, workflow), CLOCK).send(delivery(4, workflow, ""), shortArticle());

        assertThat(remoteId).isNull();
        slack.verify(postRequestedFor(urlEqualTo("/triggers/T0001/4711/triggerSecret42")));
    }
}
