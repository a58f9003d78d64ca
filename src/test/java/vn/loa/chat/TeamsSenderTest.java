package vn.loa.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.chat.ChatFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Chat;

/** Teams Workflows webhook: an Adaptive Card in a message envelope, never the retired MessageCard. */
class TeamsSenderTest {

    @RegisterExtension
    static WireMockExtension teams = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    @TempDir
    Path tmp;
    Chat chat;
    ChatChannel channel;

    @BeforeEach
    void setUp() {
        chat = chat("teams", teams.baseUrl());
        channel = channel(config(tmp, chat), CLOCK);
    }

    @Test
    void shortArticleWithoutImage_postsAdaptiveCard() throws Exception {
        teams.stubFor(post(urlEqualTo(path("teams"))).willReturn(aResponse().withStatus(202)
                .withHeader("x-ms-workflow-run-id", "08584512345678901234")));

        String remoteId = channel.send(delivery(1, chat, ""), shortArticle());

        assertThat(remoteId).isEqualTo("08584512345678901234");
        teams.verify(postRequestedFor(urlEqualTo(path("teams")))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"type": "message",
                         "attachments": [{
                           "contentType": "application/vnd.microsoft.card.adaptive",
                           "contentUrl": null,
                           "content": {
                             "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                             "type": "AdaptiveCard",
                             "version": "1.4",
                             "body": [
                               {"type": "TextBlock", "text": "Hướng dẫn mới về đăng ký hộ tịch trực tuyến", "weight": "Bolder",
                                "size": "Large", "wrap": true, "style": "heading"},
                               {"type": "TextBlock", "text": "Bộ Nội vụ", "isSubtle": true, "spacing": "None", "wrap": true},
                               {"type": "TextBlock", "text": "Từ 1/9, người dân nộp hồ sơ trực tuyến và nhận kết quả qua VNeID.", "wrap": true}
                             ],
                             "actions": [{"type": "Action.OpenUrl", "title": "Đọc tiếp", "url": "https://moha.gov.vn/tin-tuc/huong-dan-ho-tich"}],
                             "msteams": {"width": "full"}
                           }
                         }]}""")));
    }

    @Test
    void longArticleWithImage_hasImageAndCutSummary() throws Exception {
        teams.stubFor(post(urlEqualTo(path("teams"))).willReturn(aResponse().withStatus(200)));

        String remoteId = channel.send(delivery(2, chat, ""), longArticle());

        assertThat(remoteId).isNull();
        JsonNode card = onlyRequest(teams).path("attachments").path(0).path("content");
        assertThat(card.path("body").path(0).path("text").asText()).isEqualTo(LONG_TITLE);
        assertThat(card.path("body").path(1).path("text").asText()).isEqualTo("Sở Nội vụ Hà Nội · Bộ Nội vụ");
        assertThat(card.path("body").path(2).path("type").asText()).isEqualTo("Image");
        assertThat(card.path("body").path(2).path("url").asText()).isEqualTo(IMAGE);
        assertCutOnWord(card.path("body").path(3).path("text").asText(), LONG_SUMMARY, TeamsSender.SUMMARY_MAX, s -> s);
        assertThat(card.path("actions").path(0).path("url").asText()).isEqualTo(LONG_LINK);
        assertThat(onlyRequest(teams).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(28 * 1024);
    }
}
