package vn.loa.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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

/** Google Chat webhook: a cardsV2 card with header, image, HTML-escaped paragraph and a button. */
class GoogleChatSenderTest {

    @RegisterExtension
    static WireMockExtension google = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    @TempDir
    Path tmp;
    Chat chat;
    ChatChannel channel;

    @BeforeEach
    void setUp() {
        chat = chat("google-chat", google.baseUrl());
        channel = channel(config(tmp, chat), CLOCK);
    }

    @Test
    void shortArticleWithoutImage_postsCardAndAnswersTheMessageName() throws Exception {
        google.stubFor(post(urlEqualTo(path("google-chat")))
                .willReturn(okJson("{\"name\":\"spaces/AAAAcchc/messages/abc.def\",\"thread\":{\"name\":\"spaces/AAAAcchc/threads/abc\"}}")));

        String remoteId = channel.send(delivery(1, chat, ""), shortArticle());

        assertThat(remoteId).isEqualTo("spaces/AAAAcchc/messages/abc.def");
        google.verify(postRequestedFor(urlEqualTo(path("google-chat")))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"fallbackText": "Hướng dẫn mới về đăng ký hộ tịch trực tuyến",
                         "cardsV2": [{
                           "cardId": "article-huong-dan-ho-tich",
                           "card": {
                             "header": {"title": "Hướng dẫn mới về đăng ký hộ tịch trực tuyến", "subtitle": "Bộ Nội vụ"},
                             "sections": [{"widgets": [
                               {"textParagraph": {"text": "Từ 1/9, người dân nộp hồ sơ trực tuyến và nhận kết quả qua VNeID."}},
                               {"buttonList": {"buttons": [{"text": "Đọc tiếp",
                                 "onClick": {"openLink": {"url": "https://moha.gov.vn/tin-tuc/huong-dan-ho-tich"}}}]}}
                             ]}]
                           }
                         }]}""")));
    }

    @Test
    void longArticleWithImage_escapesHtmlAndCutsTheParagraph() throws Exception {
        google.stubFor(post(urlEqualTo(path("google-chat"))).willReturn(okJson("{\"name\":\"spaces/AAAAcchc/messages/x\"}")));

        channel.send(delivery(2, chat, ""), longArticle());

        JsonNode body = onlyRequest(google);
        JsonNode card = body.path("cardsV2").path(0).path("card");
        assertThat(card.path("header").path("title").asText()).isEqualTo(LONG_TITLE);
        assertThat(card.path("header").path("subtitle").asText()).isEqualTo("Sở Nội vụ Hà Nội · Bộ Nội vụ");
        JsonNode widgets = card.path("sections").path(0).path("widgets");
        assertThat(widgets.path(0).path("image").path("imageUrl").asText()).isEqualTo(IMAGE);
        String paragraph = widgets.path(1).path("textParagraph").path("text").asText();
        assertThat(paragraph).contains("người dân &amp; doanh nghiệp được giảm &lt;thủ tục&gt;");
        assertCutOnWord(paragraph, LONG_SUMMARY, GoogleChatSender.SUMMARY_MAX, ChatFixtures::unhtml);
        assertThat(widgets.path(2).path("buttonList").path("buttons").path(0).path("onClick").path("openLink").path("url").asText())
                .isEqualTo(LONG_LINK);
        assertThat(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(32_000);
    }
}
