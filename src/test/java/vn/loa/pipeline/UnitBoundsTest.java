package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.storage.StoredContent;

/**
 * Units stay within their bounds: an id belongs to the units that first published it. Another unit's file reusing
 * it is rejected naming the owner; a withdrawal or correction must come for the owners and carry approved_by; a
 * withdrawn item's page still answers.
 */
class UnitBoundsTest {

    @TempDir
    Path tmp;

    LoaHarness loa;

    @BeforeEach
    void start() throws Exception {
        loa = new LoaHarness(tmp, """
                  - id: ubnd-hn
                    name: "Ủy ban nhân dân thành phố Hà Nội"
                """, "").start();
        loa.drop("bnv/tin.md", article("Tin của Bộ", "", "Nội dung gốc của Bộ Nội vụ."));
        loa.awaitDelivered("tin-chung");
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    static String article(String title, String more, String body) {
        return LoaHarness.article("id: tin-chung\ntitle: \"" + title + "\"\nstatus: approved\napproved_by: Lan\n" + more, body);
    }

    static String withdrawal(String more) {
        return LoaHarness.article("id: tin-chung\ntitle: Gỡ tin\nstatus: withdrawn\napproved_by: Lan\n" + more, "");
    }

    String rejection(String name) throws Exception {
        Path error = loa.content("rejected/" + name + ".error.txt");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(error));
        return Files.readString(error);
    }

    StoredContent stored() {
        return loa.components().contents().find("tin-chung").orElseThrow();
    }

    @Test
    void anotherUnitsFileReusingAnId_isRejected_namingTheOwner_andTheItemStaysAsItWas() throws Exception {
        loa.drop("ubnd-hn/tin.md", article("Tin của Thành phố", "", "Nội dung khác."));

        assertThat(rejection("tin.md")).isEqualTo(
                "ubnd-hn/tin.md:0: id: 'tin-chung' đã thuộc đơn vị bnv (Bộ Nội vụ); hãy đặt id khác\n");
        assertThat(stored().article().title()).isEqualTo("Tin của Bộ");
        assertThat(stored().article().units()).containsExactly("bnv");
        assertThat(loa.deliveries("tin-chung")).extracting(d -> d.contentVersion()).containsOnly(stored().version());
    }

    @Test
    void aFileAtTheInboxRootNamingOtherUnits_isRejectedToo() throws Exception {
        loa.drop("tin-2.md", article("Tin của Thành phố", "units: [ubnd-hn]", "Nội dung khác."));

        assertThat(rejection("tin-2.md")).isEqualTo(
                "tin-2.md:0: id: 'tin-chung' đã thuộc đơn vị bnv (Bộ Nội vụ); hãy đặt id khác\n");
    }

    @Test
    void aCorrectionAddingAUnitOutsideTheOwners_isRejected() throws Exception {
        loa.drop("bnv/sua.md", article("Tin của Bộ (sửa)", "units: [ubnd-hn]", "Nội dung sửa."));

        assertThat(rejection("sua.md")).isEqualTo("bnv/sua.md:0: id: 'tin-chung' thuộc đơn vị bnv (Bộ Nội vụ);"
                + " ubnd-hn (Ủy ban nhân dân thành phố Hà Nội) không trực thuộc các đơn vị đó: hãy bỏ khỏi units, hoặc đặt id khác\n");
        assertThat(stored().article().title()).isEqualTo("Tin của Bộ");
    }

    @Test
    void aForeignWithdrawal_isRefused_andTheItemStaysPublished() throws Exception {
        loa.drop("ubnd-hn/go.md", withdrawal(""));

        assertThat(rejection("go.md")).isEqualTo(
                "ubnd-hn/go.md:0: id: 'tin-chung' thuộc đơn vị bnv (Bộ Nội vụ); chỉ đơn vị đó mới gỡ được bài này\n");
        assertThat(stored().isPublished()).isTrue();
        assertThat(loa.get("/articles/tin-chung").statusCode()).isEqualTo(200);
    }

    @Test
    void theOwnersWithdrawal_works_andThePageSaysWhenItWasWithdrawn() throws Exception {
        loa.drop("bnv/go.md", withdrawal(""));
        await().atMost(Duration.ofSeconds(20)).until(() -> !stored().isPublished());
        loa.awaitDelivered("tin-chung");

        HttpResponse<String> page = loa.get("/articles/tin-chung");
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("Bài viết đã được gỡ", "Tin của Bộ", "20/11/2026 08:00");
        HttpResponse<String> api = loa.get("/api/articles/tin-chung");
        assertThat(api.statusCode()).isEqualTo(410);
        assertThat(api.body()).contains("\"withdrawn_at\":\"2026-11-20T01:00:00Z\"");
        assertThat(loa.get("/articles/khong-co").statusCode()).isEqualTo(404);
    }

    @Test
    void aWithdrawalWithoutApprovedBy_isRejected() throws Exception {
        loa.drop("bnv/go.md", LoaHarness.article("id: tin-chung\ntitle: Gỡ tin\nstatus: withdrawn", ""));

        assertThat(rejection("go.md")).startsWith("bnv/go.md:1: approved_by: ");
        assertThat(stored().isPublished()).isTrue();
    }

    @Test
    void unitsBelowTheOwner_mayBeAddedAndDroppedByIt_butCannotTakeTheItemAway() throws Exception {
        loa.drop("bnv/them.md", article("Tin của Bộ và Sở", "units: [so-noi-vu-hn]", "Nội dung chung."));
        await().atMost(Duration.ofSeconds(20)).until(() -> stored().article().units().contains("so-noi-vu-hn"));

        loa.drop("so-noi-vu-hn/rieng.md", article("Tin riêng của Sở", "", "Sở giữ bài."));
        assertThat(rejection("rieng.md")).isEqualTo("so-noi-vu-hn/rieng.md:0: id: 'tin-chung' thuộc đơn vị"
                + " bnv (Bộ Nội vụ); phiên bản mới phải nêu cả bnv trong units\n");
        loa.drop("so-noi-vu-hn/go.md", withdrawal(""));
        assertThat(rejection("go.md")).contains("'tin-chung' thuộc đơn vị bnv (Bộ Nội vụ); chỉ đơn vị đó mới gỡ được bài này");

        loa.drop("bnv/bot.md", article("Tin của Bộ", "", "Chỉ còn của Bộ."));
        await().atMost(Duration.ofSeconds(20)).until(() -> stored().article().units().equals(java.util.List.of("bnv")));
        assertThat(stored().article().title()).isEqualTo("Tin của Bộ");
    }

    @Test
    void aWithdrawalAtTheInboxRootWithoutUnits_isForTheOwners() throws Exception {
        loa.drop("go.md", withdrawal(""));

        await().atMost(Duration.ofSeconds(20)).until(() -> !stored().isPublished());
    }
}
