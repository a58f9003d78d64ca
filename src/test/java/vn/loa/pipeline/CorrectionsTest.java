package vn.loa.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.MailList;
import vn.loa.content.Channel;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryKind;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.subscriber.Consent;

/**
 * Corrections (đính chính) and withdrawals (gỡ bài) through the real service: an item sent to a list, Telegram,
 * Discord, Slack, Mattermost, a signed webhook and Zalo followers is corrected and then withdrawn; every platform gets
 * the right call (edit, delete, or a notice) exactly once, and only the addresses that were sent the item, and are still
 * members, get the emails.
 */
@Tag("store")
class CorrectionsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    static WireMockExtension platform = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

    static final String ID = "so-thu-tuc";
    static final String TG = "/bot42:tg-secret";
    static final String DISCORD = "/api/webhooks/77/discord-secret";
    static final String SLACK = "/services/T1/B1/slack-secret";
    static final String MATTERMOST = "/hooks/mattermost-secret";
    static final String HOOK = "/loa/events";
    static final String ZALO = "/v3.0/oa/message/promotion";
    static final String NOTE = "Số thủ tục được cắt giảm là 120, không phải 210";
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "loa-test-signing-key-of-32-bytes".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path tmp;

    LoaHarness loa;

    @BeforeEach
    void start() throws Exception {
        String base = platform.baseUrl();
        loa = new LoaHarness(tmp, "", "", """
                smtp:
                  host: localhost
                  port: %d
                  starttls: false
                  per_second: 0
                """.formatted(smtp.getSmtp().getPort()), "vi", """
                  - id: tg
                    type: telegram
                    url: "%1$s"
                    token: "42:tg-secret"
                    chat_id: "@cchc"
                  - id: dc
                    type: discord
                    url: "%1$s%2$s"
                  - id: sl
                    type: slack
                    url: "%1$s%3$s"
                  - id: mm
                    type: mattermost
                    url: "%1$s%4$s"
                  - id: hook
                    type: webhook
                    url: "%1$s%5$s"
                    secret: "%6$s"
                  - id: zl
                    type: zalo
                    url: "%1$s"
                    token: "zalo-token"
                    followers: zalo-bnv-followers
                  - id: zq
                    type: zalo
                    url: "%1$s"
                    token: "zalo-token"
                    followers: zalo-bnv-followers
                    correction_notices: false
                """.formatted(base, DISCORD, SLACK, MATTERMOST, HOOK, SECRET)).start();
        for (String address : List.of("a@so-noi-vu.gov.vn", "b@so-noi-vu.gov.vn")) {
            member("lanh-dao", address);
        }
        member("zalo-bnv-followers", "1001");
        member("zalo-bnv-followers", "1002");
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    void member(String list, String address) {
        loa.components().subscribers().add(list(list), address, null, Consent.cli(Consent.Action.ADD, "test"));
    }

    MailList list(String id) {
        return loa.config.list(id).orElseThrow();
    }

    static String item(String extra, String body) {
        return PipelineTest.approved("id: " + ID + "\nlists: [lanh-dao]\nchats: [tg, dc, sl, mm, hook, zl]\n" + extra, body);
    }

    static String item(String chats, String extra, String body) {
        return PipelineTest.approved("id: " + ID + "\nlists: [lanh-dao]\nchats: [" + chats + "]\n" + extra, body);
    }

    /** The publication every test starts from: each platform confirms the post (Telegram with message 501). */
    void published() throws Exception {
        published("tg, dc, sl, mm, hook, zl", 2);
    }

    void published(String chats, int mails) throws Exception {
        platform.stubFor(post(urlEqualTo(TG + "/sendMessage")).withRequestBody(notContaining("reply_parameters"))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":501}}")));
        platform.stubFor(post(urlEqualTo(DISCORD + "?wait=true")).willReturn(okJson("{\"id\":\"9001\"}")));
        platform.stubFor(post(urlEqualTo(SLACK)).willReturn(ok("ok")));
        platform.stubFor(post(urlEqualTo(MATTERMOST)).willReturn(ok("ok")));
        platform.stubFor(post(urlEqualTo(HOOK)).willReturn(ok()));
        platform.stubFor(post(urlEqualTo(ZALO)).willReturn(okJson("{\"error\":0,\"data\":{\"message_id\":\"z\"}}")));
        loa.drop("bnv/" + ID + ".md", item(chats, "", "Bộ Nội vụ đã cắt giảm 210 thủ tục hành chính."));
        loa.awaitDelivered(ID);
        await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length == mails);
        assertThat(loa.deliveries(ID)).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
    }

    List<Delivery> of(DeliveryKind kind) {
        return loa.deliveries(ID).stream().filter(d -> d.kind() == kind).toList();
    }

    void awaitKind(DeliveryKind kind, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> of(kind).size() == count
                && of(kind).stream().noneMatch(d -> d.status() == DeliveryStatus.PENDING));
    }

    static Map<String, Delivery> byTarget(List<Delivery> deliveries) {
        return deliveries.stream().collect(Collectors.toMap(d -> d.target() + "/" + d.recipient(), Function.identity()));
    }

    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void correctionThenWithdrawal_eachTargetGetsTheRightCallOnce_onlyTheOriginalsStillSubscribedRecipientsAreMailed()
            throws Exception {
        published();
        member("lanh-dao", "c-later@so-noi-vu.gov.vn");
        loa.components().subscribers().unsubscribe(list("lanh-dao"), "b@so-noi-vu.gov.vn",
                Consent.cli(Consent.Action.REMOVE, "test"));
        String originalId = mailTo("a@so-noi-vu.gov.vn").get(0).getMessageID();

        platform.stubFor(post(urlEqualTo(TG + "/editMessageText"))
                .withRequestBody(matchingJsonPath("$.message_id", equalTo("501")))
                .withRequestBody(containing("Đính chính: " + NOTE))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":501}}")));
        platform.stubFor(patch(urlEqualTo(DISCORD + "/messages/9001")).withRequestBody(containing(NOTE))
                .willReturn(okJson("{\"id\":\"9001\"}")));
        loa.drop("bnv/" + ID + "-dinh-chinh.md", item("correction: \"" + NOTE + "\"",
                "Bộ Nội vụ đã cắt giảm 120 thủ tục hành chính."));
        awaitKind(DeliveryKind.CORRECTION, 9);

        Map<String, Delivery> corrections = byTarget(of(DeliveryKind.CORRECTION));
        assertThat(corrections).containsOnlyKeys("tg/", "dc/", "sl/", "mm/", "hook/", "zl/1001", "zl/1002",
                "lanh-dao/a@so-noi-vu.gov.vn", "lanh-dao/b@so-noi-vu.gov.vn");
        assertThat(corrections.get("tg/").action()).isEqualTo("edit");
        assertThat(corrections.get("dc/").action()).isEqualTo("edit");
        assertThat(corrections.get("sl/").action()).isEqualTo("post");
        assertThat(corrections.get("hook/").action()).isEqualTo("event");
        assertThat(corrections.get("lanh-dao/a@so-noi-vu.gov.vn").status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(corrections.get("lanh-dao/b@so-noi-vu.gov.vn").status()).isEqualTo(DeliveryStatus.SKIPPED);
        platform.verify(1, postRequestedFor(urlEqualTo(TG + "/editMessageText")));
        platform.verify(1, patchRequestedFor(urlEqualTo(DISCORD + "/messages/9001")));
        platform.verify(1, postRequestedFor(urlEqualTo(SLACK)).withRequestBody(containing("[Đính chính]")));
        platform.verify(1, postRequestedFor(urlEqualTo(MATTERMOST)).withRequestBody(containing("[Đính chính]")));
        platform.verify(1, postRequestedFor(urlEqualTo(HOOK)).withRequestBody(containing("\"article.corrected\"")));
        platform.verify(2, postRequestedFor(urlEqualTo(ZALO)).withRequestBody(containing("[Đính chính]")));

        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo("a@so-noi-vu.gov.vn").size() == 2);
        MimeMessage correction = mailTo("a@so-noi-vu.gov.vn").get(1);
        assertThat(correction.getSubject()).isEqualTo("[Đính chính] " + PipelineTest.TITLE);
        assertThat(correction.getHeader("In-Reply-To")[0]).isEqualTo(originalId);
        assertThat(correction.getHeader("References")[0]).isEqualTo(originalId);
        assertThat(correction.getMessageID()).isNotEqualTo(originalId);
        assertThat(correction.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(EmailListTest.html(correction)).contains("Đính chính: " + NOTE);
        assertThat(mailTo("b@so-noi-vu.gov.vn")).hasSize(1);
        assertThat(mailTo("c-later@so-noi-vu.gov.vn")).isEmpty();
        assertThat(Files.readString(loa.content("public/feeds/bnv/rss.xml"))).contains("Đính chính: " + NOTE);

        platform.stubFor(post(urlEqualTo(TG + "/deleteMessage"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message can't be deleted for everyone\"}")));
        platform.stubFor(post(urlEqualTo(TG + "/sendMessage")).withRequestBody(containing("reply_parameters"))
                .withRequestBody(matchingJsonPath("$.reply_parameters.message_id", equalTo("501")))
                .withRequestBody(containing("[Gỡ bài]"))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":502}}")));
        platform.stubFor(delete(urlEqualTo(DISCORD + "/messages/9001")).willReturn(aResponse().withStatus(204)));
        loa.drop("bnv/" + ID + "-go.md", LoaHarness.article("id: " + ID + "\ntitle: gỡ\nstatus: withdrawn\n"
                + "approved_by: Nguyễn Thị Lan\nreason: \"Văn bản đã bị thay thế\"", ""));
        awaitKind(DeliveryKind.WITHDRAWAL, 9);

        Map<String, Delivery> withdrawals = byTarget(of(DeliveryKind.WITHDRAWAL));
        assertThat(withdrawals.get("tg/").action()).isEqualTo("post");
        assertThat(withdrawals.get("tg/").remoteId()).isEqualTo("502");
        assertThat(withdrawals.get("dc/").action()).isEqualTo("delete");
        assertThat(withdrawals.get("mm/").action()).isEqualTo("post");
        assertThat(withdrawals.get("lanh-dao/b@so-noi-vu.gov.vn").status()).isEqualTo(DeliveryStatus.SKIPPED);
        platform.verify(1, postRequestedFor(urlEqualTo(TG + "/deleteMessage")));
        platform.verify(1, postRequestedFor(urlEqualTo(TG + "/sendMessage")).withRequestBody(containing("reply_parameters")));
        platform.verify(1, deleteRequestedFor(urlEqualTo(DISCORD + "/messages/9001")));
        platform.verify(1, postRequestedFor(urlEqualTo(SLACK)).withRequestBody(containing("[Gỡ bài]")));
        platform.verify(1, postRequestedFor(urlEqualTo(HOOK)).withRequestBody(containing("\"article.withdrawn\"")));
        platform.verify(2, postRequestedFor(urlEqualTo(ZALO)).withRequestBody(containing("[Gỡ bài]")));
        platform.verify(6, postRequestedFor(urlEqualTo(ZALO)));

        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo("a@so-noi-vu.gov.vn").size() == 3);
        MimeMessage withdrawal = mailTo("a@so-noi-vu.gov.vn").get(2);
        assertThat(withdrawal.getSubject()).isEqualTo("[Gỡ bài] " + PipelineTest.TITLE);
        assertThat(withdrawal.getHeader("In-Reply-To")[0]).isEqualTo(originalId);
        assertThat(EmailListTest.html(withdrawal)).contains("Lý do: Văn bản đã bị thay thế");
        assertThat(mailTo("b@so-noi-vu.gov.vn")).hasSize(1);
        assertThat(mailTo("c-later@so-noi-vu.gov.vn")).isEmpty();

        var page = loa.get("/articles/" + ID);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("Lý do gỡ bài: Văn bản đã bị thay thế");
        assertThat(Files.readString(loa.content("public/feeds/bnv/rss.xml"))).doesNotContain(ID);
        assertThat(loa.deliveries(ID)).filteredOn(d -> d.channel() != Channel.FEED)
                .allSatisfy(d -> assertThat(d.status()).isIn(DeliveryStatus.SENT, DeliveryStatus.SKIPPED));
    }

    @Test
    void platformRefusals_tooOldToEdit_rateLimited_alreadyDeleted_eachEndsOnceAndACorrectionOfACorrectionReachesEveryoneAgain()
            throws Exception {
        published("tg, dc, sl, zq", 2);
        platform.stubFor(post(urlEqualTo(TG + "/editMessageText"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message can't be edited\"}")));
        platform.stubFor(post(urlEqualTo(TG + "/sendMessage")).withRequestBody(containing("reply_parameters"))
                .withRequestBody(containing("[Đính chính]"))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":601}}")));
        platform.stubFor(patch(urlEqualTo(DISCORD + "/messages/9001")).inScenario("rate").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"You are being rate limited.\",\"retry_after\":0.5,\"global\":false}"))
                .willSetStateTo("waited"));
        platform.stubFor(patch(urlEqualTo(DISCORD + "/messages/9001")).inScenario("rate").whenScenarioStateIs("waited")
                .willReturn(okJson("{\"id\":\"9001\"}")));

        loa.drop("bnv/" + ID + "-1.md", item("tg, dc, sl, zq", "correction: \"" + NOTE + "\"", "Đã cắt giảm 120 thủ tục."));
        await().atMost(Duration.ofSeconds(20)).until(() -> of(DeliveryKind.CORRECTION).stream()
                .anyMatch(d -> d.target().equals("dc") && d.lastError() != null && d.lastError().contains("429")));
        loa.clock.advance(Duration.ofSeconds(1));
        awaitKind(DeliveryKind.CORRECTION, 7);

        Map<String, Delivery> first = byTarget(of(DeliveryKind.CORRECTION));
        assertThat(first.get("tg/").action()).isEqualTo("post");
        assertThat(first.get("tg/").remoteId()).isEqualTo("601");
        assertThat(first.get("dc/").action()).isEqualTo("edit");
        assertThat(first.get("dc/").attempts()).isEqualTo(2);
        assertThat(first.get("zq/1001").status()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(first.get("zq/1001").lastError()).contains("correction_notices: false");
        assertThat(first.values()).filteredOn(d -> !d.target().equals("zq"))
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        platform.verify(2, postRequestedFor(urlEqualTo(ZALO)));
        platform.verify(2, patchRequestedFor(urlEqualTo(DISCORD + "/messages/9001")));
        platform.verify(1, postRequestedFor(urlEqualTo(TG + "/sendMessage")).withRequestBody(containing("reply_parameters")));

        platform.stubFor(patch(urlEqualTo(DISCORD + "/messages/9001")).withRequestBody(containing("140"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Unknown Message\",\"code\":10008}")));
        platform.stubFor(post(urlEqualTo(DISCORD + "?wait=true")).withRequestBody(containing("[Đính chính]"))
                .willReturn(okJson("{\"id\":\"9002\"}")));
        loa.drop("bnv/" + ID + "-2.md", item("tg, dc, sl, zq", "correction: \"Số đúng là 140\"", "Đã cắt giảm 140 thủ tục."));
        await().atMost(Duration.ofSeconds(20)).until(() -> of(DeliveryKind.CORRECTION).size() == 14
                && of(DeliveryKind.CORRECTION).stream().allMatch(d -> d.status() == (d.target().equals("zq")
                        ? DeliveryStatus.SKIPPED : DeliveryStatus.SENT)));

        String latest = loa.components().contents().find(ID).orElseThrow().version();
        Map<String, Delivery> second = byTarget(of(DeliveryKind.CORRECTION).stream()
                .filter(d -> d.contentVersion().equals(latest)).toList());
        assertThat(second).containsOnlyKeys("tg/", "dc/", "sl/", "zq/1001", "zq/1002", "lanh-dao/a@so-noi-vu.gov.vn",
                "lanh-dao/b@so-noi-vu.gov.vn");
        platform.verify(2, postRequestedFor(urlEqualTo(ZALO)));
        assertThat(second.get("dc/").action()).isEqualTo("post");
        platform.verify(2, postRequestedFor(urlEqualTo(SLACK)).withRequestBody(containing("[Đính chính]")));
        platform.verify(1, postRequestedFor(urlEqualTo(SLACK)).withRequestBody(containing("Số đúng là 140")));
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo("a@so-noi-vu.gov.vn").size() == 3);
        assertThat(mailTo("a@so-noi-vu.gov.vn").get(2).getSubject()).isEqualTo("[Đính chính] " + PipelineTest.TITLE);
        assertThat(EmailListTest.html(mailTo("a@so-noi-vu.gov.vn").get(2))).contains("Đính chính: Số đúng là 140");
        assertThat(mailTo("b@so-noi-vu.gov.vn")).hasSize(3);
    }
}
