package vn.loa.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Chat;
import vn.loa.delivery.DeliveryException;

/** Telegram Bot API: sendPhoto with an HTML caption when there is an image, sendMessage otherwise; ok + message_id. */
class TelegramSenderTest {

    @RegisterExtension
    static WireMockExtension telegram = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    static final String SENT = "{\"ok\":true,\"result\":{\"message_id\":4711,\"chat\":{\"id\":-1001234567890,\"type\":\"channel\"}}}";

    @TempDir
    Path tmp;
    Chat chat;
    ChatChannel channel;

    @BeforeEach
    void setUp() {
        chat = chat("telegram", telegram.baseUrl());
        channel = channel(config(tmp, chat), CLOCK);
    }

    @Test
    void articleWithoutImage_usesSendMessageInHtml() throws Exception {
        telegram.stubFor(post(urlEqualTo(path("telegram") + "/sendMessage")).willReturn(okJson(SENT)));

        String remoteId = channel.send(delivery(1, chat, ""), shortArticle());

        assertThat(remoteId).isEqualTo("4711");
        telegram.verify(postRequestedFor(urlEqualTo("/bot" + TELEGRAM_TOKEN + "/sendMessage"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"chat_id": "@cchc_news",
                         "text": "<b>Hướng dẫn mới về đăng ký hộ tịch trực tuyến</b>\\n<i>Bộ Nội vụ</i>\\n\\nTừ 1/9, người dân nộp hồ sơ trực tuyến và nhận kết quả qua VNeID.\\n\\n<a href=\\"https://moha.gov.vn/tin-tuc/huong-dan-ho-tich\\">Đọc tiếp</a>",
                         "parse_mode": "HTML",
                         "link_preview_options": {"url": "https://moha.gov.vn/tin-tuc/huong-dan-ho-tich", "prefer_large_media": true}}""")));
    }

    @Test
    void longArticleWithImage_usesSendPhotoWithACaptionCutTo1024VisibleCharacters() throws Exception {
        telegram.stubFor(post(urlEqualTo(path("telegram") + "/sendPhoto")).willReturn(okJson(SENT)));

        channel.send(delivery(2, chat, ""), longArticle());

        JsonNode body = onlyRequest(telegram);
        assertThat(body.path("chat_id").asText()).isEqualTo("@cchc_news");
        assertThat(body.path("photo").asText()).isEqualTo(IMAGE);
        assertThat(body.path("parse_mode").asText()).isEqualTo("HTML");
        String caption = body.path("caption").asText();
        assertThat(caption)
                .startsWith("<b>Sở Nội vụ Hà Nội &amp; Bộ Nội vụ công bố &lt;Kế hoạch&gt; cải cách")
                .contains("</b>\n<i>Sở Nội vụ Hà Nội · Bộ Nội vụ</i>\n\nBước 1: người dân &amp; doanh nghiệp được giảm &lt;thủ tục&gt;")
                .endsWith("…\n\n<a href=\"https://sonoivu.hanoi.gov.vn/tin?id=ke-hoach-cchc-2026&amp;lang=vi\">Đọc tiếp</a>");
        String visible = unhtml(caption.replaceAll("<[^>]+>", ""));
        assertThat(visible.length()).as("the caption after entity parsing").isBetween(1000, 1024);
        String summary = caption.substring(caption.indexOf("</i>\n\n") + 6, caption.lastIndexOf("\n\n<a href="));
        assertCutOnWord(summary, LONG_SUMMARY, 1024, ChatFixtures::unhtml);
    }

    @Test
    void okFalseOnHttp200_isNotSuccess() {
        telegram.stubFor(post(urlEqualTo(path("telegram") + "/sendMessage"))
                .willReturn(okJson("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message text is empty\"}")));

        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.send(delivery(3, chat, ""), shortArticle()));

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getMessage()).isEqualTo("chat tg-cchc (telegram): Telegram did not confirm the message:"
                + " Bad Request: message text is empty");
    }

    @Test
    void noChatId_isPermanentAndSendsNothing() {
        Chat noChatId = new Chat("tg-cchc", "telegram", telegram.baseUrl(), TELEGRAM_TOKEN, null, null, null, null, null, null);
        ChatChannel withoutChatId = channel(config(tmp, noChatId), CLOCK);

        DeliveryException e = assertThrows(DeliveryException.class, () -> withoutChatId.send(delivery(4, noChatId, ""), shortArticle()));

        assertThat(e.isPermanent()).isTrue();
        assertThat(e.getMessage()).startsWith("chat tg-cchc (telegram): no chat_id configured");
    }
}
