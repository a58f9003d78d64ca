package vn.loa.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
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

/** Mattermost incoming webhook: one message attachment, Markdown-escaped text, the plain "ok". */
class MattermostSenderTest {

    @RegisterExtension
    static WireMockExtension mattermost = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    @TempDir
    Path tmp;
    Chat chat;
    ChatChannel channel;

    @BeforeEach
    void setUp() {
        chat = chat("mattermost", mattermost.baseUrl());
        channel = channel(config(tmp, chat), CLOCK);
    }

    @Test
    void shortArticleWithoutImage_postsAnAttachment() throws Exception {
        mattermost.stubFor(post(urlEqualTo(path("mattermost"))).willReturn(ok("ok").withHeader("Content-Type", "text/plain")));

        String remoteId = channel.send(delivery(1, chat, ""), shortArticle());

        assertThat(remoteId).isNull();
        mattermost.verify(postRequestedFor(urlEqualTo(path("mattermost")))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"attachments": [{
                           "fallback": "Hướng dẫn mới về đăng ký hộ tịch trực tuyến – https://moha.gov.vn/tin-tuc/huong-dan-ho-tich",
                           "title": "Hướng dẫn mới về đăng ký hộ tịch trực tuyến",
                           "title_link": "https://moha.gov.vn/tin-tuc/huong-dan-ho-tich",
                           "text": "Từ 1/9, người dân nộp hồ sơ trực tuyến và nhận kết quả qua VNeID.",
                           "footer": "Bộ Nội vụ"
                         }]}""")));
    }

    @Test
    void longArticleWithImage_escapesMarkdownAndCutsTheText() throws Exception {
        mattermost.stubFor(post(urlEqualTo(path("mattermost"))).willReturn(ok("ok")));

        channel.send(delivery(2, chat, ""), longArticle());

        JsonNode attachment = onlyRequest(mattermost).path("attachments").path(0);
        assertThat(attachment.path("title").asText()).isEqualTo(LONG_TITLE);
        assertThat(attachment.path("title_link").asText()).isEqualTo(LONG_LINK);
        assertThat(attachment.path("image_url").asText()).isEqualTo(IMAGE);
        assertThat(attachment.path("footer").asText()).isEqualTo("Sở Nội vụ Hà Nội · Bộ Nội vụ");
        String text = attachment.path("text").asText();
        assertThat(text).contains("\\<thủ tục\\>", "\\*\\_trả kết quả\\_\\*");
        assertCutOnWord(text, LONG_SUMMARY, MattermostSender.TEXT_MAX, ChatFixtures::unmarkdown);
    }
}
