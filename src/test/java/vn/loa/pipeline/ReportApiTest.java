package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/report} on the real service and HTTP server: an item dropped into the inbox, then its report. */
class ReportApiTest {

    static final String TOKEN = "bi-mat-quan-tri";

    @TempDir
    Path tmp;

    LoaHarness loa;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        loa = new LoaHarness(tmp);
        loa.env = Map.of("LOA_ADMIN_TOKEN", TOKEN);
        loa.start();
        loa.drop("so-noi-vu-hn/bao-cao.md", LoaHarness.article("title: \"Sở Nội vụ rà soát thủ tục hành chính\"\n"
                + "status: approved\napproved_by: Nguyễn Thị Lan", "Sở Nội vụ đã rà soát 120 thủ tục.\n"));
        loa.awaitDelivered("bao-cao");
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    HttpResponse<byte[]> get(String query, boolean token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + loa.port + "/api/report?" + query))
                .timeout(Duration.ofSeconds(20));
        if (token) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void docx_overHttp_isTheUnitsDocument_withRepeatedRecipientsAndItsFileName() throws Exception {
        HttpResponse<byte[]> docx = get("period=2026-Q4&unit=so-noi-vu-hn&format=docx&number=4&recipient=" + q("Bộ Nội vụ")
                + "&recipient=" + q("Lưu: VT, VP"), true);

        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"bao-cao-so-noi-vu-hn-2026-Q4.docx\"");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("BỘ NỘI VỤ", "SỞ NỘI VỤ THÀNH PHỐ HÀ NỘI");
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Số: 04/BC-SO-NOI-VU-HN");
            assertThat(doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).findFirst()
                    .orElseThrow().getRow(1).getCell(2).getText()).isEqualTo("Sở Nội vụ rà soát thủ tục hành chính");
            assertThat(doc.getTables().get(doc.getTables().size() - 1).getText()).contains("- Bộ Nội vụ;", "- Lưu: VT, VP.");
        }
    }

    @Test
    void csvAndHtml_overHttp_andNoTokenIs401() throws Exception {
        HttpResponse<byte[]> csv = get("period=2026-Q4&format=csv&table=units", true);
        HttpResponse<byte[]> html = get("period=2026-Q4&calendar=true", true);

        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFĐơn vị,Tin bài,")
                .contains("\r\nBộ Nội vụ,1,0,0,0,");
        assertThat(html.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"bao-cao-tat-ca-2026-Q4.html\"");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("Số liệu từ ngày 01/10/2026 đến ngày 31/12/2026");
        assertThat(get("period=2026-Q4", false).statusCode()).isEqualTo(401);
        assertThat(get("period=2026-Q9", true).statusCode()).isEqualTo(400);
    }
}
