package vn.loa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.report.ReportFixture;

/** {@code GET /api/report}: every format with its media type and file name, the token, and the bad requests. */
class ReportEndpointTest {

    static final String TOKEN = "bi-mat-quan-tri";

    @TempDir
    static Path tmp;

    static ReportFixture fixture;
    static ReportEndpoint endpoint;
    final DefaultCamelContext camel = new DefaultCamelContext();

    @BeforeAll
    static void build() {
        fixture = new ReportFixture(tmp).build();
        endpoint = new ReportEndpoint(fixture.reports(), ReportAccess.admin(new AdminAuth(TOKEN)), fixture.config);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    Exchange get(Map<String, Object> query) {
        Exchange exchange = new DefaultExchange(camel);
        Map<String, Object> headers = new HashMap<>(query);
        headers.put("Authorization", "Bearer " + TOKEN);
        exchange.getMessage().setHeaders(headers);
        endpoint.report(exchange);
        return exchange;
    }

    static int status(Exchange e) {
        return e.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    }

    static String header(Exchange e, String name) {
        return e.getMessage().getHeader(name, String.class);
    }

    static byte[] body(Exchange e) {
        return e.getMessage().getBody(byte[].class);
    }

    @Test
    void docx_isAWordDocumentAttachment() throws IOException {
        Exchange e = get(Map.of("period", "2026-Q3", "unit", "so-noi-vu-hn", "format", "docx", "number", "3",
                "recipient", List.of("Bộ Nội vụ", "Lưu: VT")));

        assertThat(status(e)).isEqualTo(200);
        assertThat(header(e, Exchange.CONTENT_TYPE))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(header(e, "Content-Disposition")).isEqualTo("attachment; filename=\"bao-cao-so-noi-vu-hn-2026-Q3.docx\"");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body(e)))) {
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Số: 03/BC-SNV");
            assertThat(doc.getTables().get(doc.getTables().size() - 1).getText()).contains("- Bộ Nội vụ;", "- Lưu: VT.");
        }
    }

    @Test
    void xlsxCsvAndHtml_haveTheirTypesAndNames() throws IOException {
        Exchange xlsx = get(Map.of("period", "2026-Q3", "format", "xlsx"));
        Exchange csv = get(Map.of("period", "2026-Q3", "format", "csv", "table", "units", "lang", "en"));
        Exchange html = get(Map.of("period", "2026-Q3", "calendar", "true"));
        Exchange range = get(Map.of("period", "2026-07-01..2026-09-30", "format", "md"));

        assertThat(header(xlsx, Exchange.CONTENT_TYPE))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(header(xlsx, "Content-Disposition")).isEqualTo("attachment; filename=\"bao-cao-tat-ca-2026-Q3.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body(xlsx)))) {
            assertThat(book.getSheetAt(1).getRow(5).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(book.getSheetAt(1).getRow(5).getCell(1).getNumericCellValue()).isEqualTo(3.0);
        }
        assertThat(header(csv, Exchange.CONTENT_TYPE)).isEqualTo("text/csv; charset=utf-8");
        assertThat(new String(body(csv), StandardCharsets.UTF_8)).startsWith("\uFEFFUnit,Items,")
                .contains("\r\nTotal,3,1,1,1,8,6,1,4\r\n");
        assertThat(header(html, Exchange.CONTENT_TYPE)).isEqualTo("text/html; charset=utf-8");
        assertThat(header(html, "Content-Disposition")).isEqualTo("inline; filename=\"bao-cao-tat-ca-2026-Q3.html\"");
        assertThat(new String(body(html), StandardCharsets.UTF_8)).contains("Số liệu từ ngày 01/07/2026 đến ngày 30/09/2026");
        assertThat(header(range, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"bao-cao-tat-ca-2026-07-01_2026-09-30.md\"");
    }

    @Test
    void badQuery_is400WithTheReason() {
        assertThat(new String(body(get(Map.of("period", "2026-Q9"))), StandardCharsets.UTF_8))
                .contains("không hiểu kỳ báo cáo '2026-Q9'");
        Exchange format = get(Map.of("period", "2026", "format", "pdf"));
        assertThat(status(format)).isEqualTo(400);
        assertThat(new String(body(format), StandardCharsets.UTF_8)).contains("không có định dạng 'pdf'");
        assertThat(status(get(Map.of("period", "2026", "unit", "khong-co")))).isEqualTo(400);
        assertThat(status(get(Map.of("period", "2026", "table", "khac")))).isEqualTo(400);
        assertThat(status(get(Map.of("period", "2026", "date", "hom-nay")))).isEqualTo(400);
    }

    @Test
    void withoutTheToken_is401() {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeaders(new HashMap<>(Map.of("period", "2026")));
        endpoint.report(exchange);

        assertThat(status(exchange)).isEqualTo(401);
    }
}
