package vn.loa.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

/** Discord webhook with ?wait=true: one embed, Markdown-escaped summary, no mentions, the message id back. */
class DiscordSenderTest {

    @RegisterExtension
    static WireMockExtension discord = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    static final String URL = path("discord") + "?wait=true";

    @TempDir
    Path tmp;
    Chat chat;
    ChatChannel channel;

    @BeforeEach
    void setUp() {
        chat = chat("discord", discord.baseUrl());
        channel = channel(config(tmp, chat), CLOCK);
    }

    @Test
    void shortArticleWithoutImage_postsOneEmbedAndAnswersTheMessageId() throws Exception {
        discord.stubFor(post(urlEqualTo(URL)).willReturn(okJson("{\"id\":\"1278345612345678901\",\"type\":0}")));

        String remoteId = channel.send(delivery(1, chat, ""), shortArticle());

        assertThat(remoteId).isEqualTo("1278345612345678901");
        discord.verify(postRequestedFor(urlEqualTo(URL))
                .withHeader("User-Agent", equalTo("DiscordBot (https://loa.example.gov.vn, 0.1)"))
                .withRequestBody(equalToJson("""
                        {"embeds": [{
                           "title": "Hướng dẫn mới về đăng ký hộ tịch trực tuyến",
                           "url": "https://moha.gov.vn/tin-tuc/huong-dan-ho-tich",
                           "description": "Từ 1/9, người dân nộp hồ sơ trực tuyến và nhận kết quả qua VNeID.",
                           "timestamp": "2026-09-01T01:30:00Z",
                           "footer": {"text": "Bộ Nội vụ"}
                         }],
                         "allowed_mentions": {"parse": []}}""")));
    }

    @Test
    void longArticleWithImage_escapesMarkdownAndCutsTheDescription() throws Exception {
        discord.stubFor(post(urlEqualTo(URL)).willReturn(okJson("{\"id\":\"1278345612345678902\"}")));

        channel.send(delivery(2, chat, ""), longArticle());

        JsonNode embed = onlyRequest(discord).path("embeds").path(0);
        assertThat(embed.path("title").asText()).isEqualTo(LONG_TITLE);
        assertThat(embed.path("url").asText()).isEqualTo(LONG_LINK);
        String description = embed.path("description").asText();
        assertThat(description).startsWith("Bước 1: người dân & doanh nghiệp được giảm \\<thủ tục\\> hành chính")
                .contains("\\*\\_trả kết quả\\_\\*");
        assertCutOnWord(description, LONG_SUMMARY, 4096, ChatFixtures::unmarkdown);
        assertThat(embed.path("image").path("url").asText()).isEqualTo(IMAGE);
        assertThat(embed.path("footer").path("text").asText()).isEqualTo("Sở Nội vụ Hà Nội · Bộ Nội vụ");
        int total = embed.path("title").asText().length() + description.length() + embed.path("footer").path("text").asText().length();
        assertThat(total).isLessThanOrEqualTo(6000);
    }

    @Test
    void noContentAnswer_isStillAPostWithoutId() throws Exception {
        discord.stubFor(post(urlEqualTo(URL)).willReturn(com.github.tomakehurst.wiremock.client.WireMock.noContent()));

        assertThat(channel.send(delivery(3, chat, ""), shortArticle())).isNull();
    }
}
