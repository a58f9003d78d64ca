package vn.loa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The Word and Excel documents of {@link ReportFixture}'s third quarter, opened again with Apache POI: heading, body
 * sections, period dates and every figure. The files are kept under {@code target/reports/} to look at.
 */
class ReportDocumentsTest {

    @TempDir
    static Path tmp;

    static ReportFixture fixture;
    static Report q3;
    static Report snv;

    @BeforeAll
    static void build() throws IOException {
        fixture = new ReportFixture(tmp).build();
        q3 = fixture.reports().build(ReportRequest.of(Period.parse("2026-Q3"), null).withLanguage("vi").withNumber("12")
                .withDate(LocalDate.of(2026, 12, 15)));
        snv = fixture.reports().build(ReportRequest.of(Period.parse("2026-Q3"), "so-noi-vu-hn").withLanguage("vi")
                .withDate(LocalDate.of(2026, 9, 5)));
        Path out = Files.createDirectories(Path.of("target", "reports"));
        for (ReportFormat f : ReportFormat.values()) {
            Files.write(out.resolve("bao-cao-2026-Q3." + f.extension()), f.bytes(q3, null));
            Files.write(out.resolve("bao-cao-so-noi-vu-hn-2026-Q3." + f.extension()), f.bytes(snv, null));
        }
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void docx_hasTheAdministrativeHeadingBodyAndSignature() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportFormat.DOCX.bytes(q3, null)))) {
            XWPFTable head = doc.getTables().get(0);
            assertThat(lines(head.getRow(0).getCell(0).getParagraphs())).containsExactly("BỘ NỘI VỤ", "");
            assertThat(lines(head.getRow(0).getCell(1).getParagraphs()))
                    .containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "");
            assertThat(head.getRow(1).getCell(0).getText()).isEqualTo("Số: 12/BC-BNV");
            assertThat(head.getRow(1).getCell(1).getText()).isEqualTo("Hà Nội, ngày 15 tháng 12 năm 2026");
            XWPFRun date = head.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertThat(date.isItalic()).isTrue();
            assertThat(date.getFontSizeAsDouble()).isEqualTo(14.0);
            XWPFRun issuer = head.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
            assertThat(issuer.isBold()).isTrue();
            assertThat(issuer.getFontFamily()).isEqualTo("Times New Roman");

            List<String> body = lines(doc.getParagraphs());
            assertThat(body).containsSubsequence("BÁO CÁO",
                    "Kết quả thông tin, tuyên truyền cải cách hành chính quý III năm 2026",
                    "Số liệu từ ngày 15/06/2026 đến ngày 14/09/2026 (thời gian chốt số liệu theo Điều 12 Nghị định số"
                            + " 09/2019/NĐ-CP).",
                    "I. KẾT QUẢ CHUNG",
                    "Trong kỳ, các cơ quan, đơn vị đã đăng 3 tin bài và phát hành 1 số bản tin điện tử.",
                    "Tin bài và bản tin được đưa 8 lượt lên 3 trang tin (feed), gửi 6 thư điện tử tới 3 địa chỉ và 1 tin"
                            + " nhắn tới 1 kênh, người nhận trên các nền tảng trò chuyện.",
                    "Có 1 tin bài được cập nhật, đính chính sau khi đăng; 1 tin bài đã bị gỡ bỏ; chưa gửi thông báo đính"
                            + " chính nào; chưa gửi thông báo gỡ bài nào.",
                    "3 lượt gửi bị lỗi ít nhất một lần; trong đó 2 lượt đã gửi lại được, 0 lượt đang chờ gửi lại, 1 lượt"
                            + " vẫn lỗi và 0 lượt hỏng (đã hết số lần thử).",
                    "2 danh sách nhận tin có 4 người đăng ký đầu kỳ và 3 người cuối kỳ (1 đăng ký mới, 1 hủy đăng ký, 1 bị"
                            + " trả lại thư).",
                    "II. SỐ LIỆU CHI TIẾT", "1. Số liệu theo đơn vị", "2. Số liệu theo kênh", "3. Danh sách nhận tin",
                    "4. Gửi không thành công và kết quả xử lý", "III. DANH SÁCH TIN BÀI ĐÃ ĐĂNG",
                    "IV. CÁC SỐ BẢN TIN ĐIỆN TỬ ĐÃ PHÁT HÀNH",
                    "Trên đây là báo cáo kết quả công tác thông tin, tuyên truyền cải cách hành chính quý III năm 2026 của"
                            + " Bộ Nội vụ./.");

            assertThat(table(doc, "Đơn vị")).containsExactly(
                    List.of("Đơn vị", "Tin bài", "Số bản tin", "Cập nhật, đính chính", "Gỡ bỏ", "Lượt lên feed", "Thư đã gửi",
                            "Tin nhắn đã gửi", "Người nhận"),
                    List.of("Bộ Nội vụ", "2", "1", "1", "0", "6", "6", "1", "4"),
                    List.of("Sở Nội vụ thành phố Hà Nội", "2", "0", "1", "0", "5", "5", "1", "4"),
                    List.of("Phòng Cải cách hành chính", "0", "0", "0", "0", "0", "0", "0", "0"),
                    List.of("Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia", "1", "0", "0", "1", "2", "0", "0", "0"),
                    List.of("Tổng cộng", "3", "1", "1", "1", "8", "6", "1", "4"));
            assertThat(table(doc, "Kênh")).containsExactly(
                    List.of("Kênh", "Đã gửi", "Lỗi", "Hỏng", "Đang chờ", "Bỏ qua", "Người nhận"),
                    List.of("Trang tin (feed)", "8", "0", "0", "0", "0", "3"),
                    List.of("Thư điện tử", "6", "1", "0", "0", "2", "3"),
                    List.of("Tin nhắn (chat)", "1", "0", "0", "0", "1", "1"),
                    List.of("Tổng cộng", "15", "1", "0", "0", "3", "7"));
            assertThat(table(doc, "Danh sách")).containsExactly(
                    List.of("Danh sách", "Đầu kỳ", "Đăng ký mới", "Hủy đăng ký", "Bị trả lại thư", "Cuối kỳ"),
                    List.of("Lãnh đạo các cơ quan, đơn vị", "2", "0", "1", "0", "1"),
                    List.of("Người dân và doanh nghiệp", "2", "1", "0", "1", "2"),
                    List.of("Tổng cộng", "4", "1", "1", "1", "3"));
            assertThat(table(doc, "Kênh", 1)).containsExactly(
                    List.of("Kênh", "Gửi lỗi", "Đã gửi lại được", "Đang chờ gửi lại", "Vẫn lỗi", "Hỏng"),
                    List.of("Trang tin (feed)", "0", "0", "0", "0", "0"),
                    List.of("Thư điện tử", "3", "2", "0", "1", "0"),
                    List.of("Tin nhắn (chat)", "0", "0", "0", "0", "0"),
                    List.of("Tổng cộng", "3", "2", "0", "1", "0"));
            assertThat(table(doc, "STT")).containsExactly(
                    List.of("STT", "Ngày đăng", "Tin bài", "Đơn vị", "Kênh", "Người nhận", "Ghi chú"),
                    List.of("1", "20/07/2026", "Hai đơn vị cùng triển khai Kế hoạch cải cách hành chính",
                            "Bộ Nội vụ, Sở Nội vụ thành phố Hà Nội", "Feed, Email, Chat", "4", "đã cập nhật"),
                    List.of("2", "05/08/2026", "Trung tâm rà soát thủ tục hành chính",
                            "Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia", "Feed", "0", "gỡ ngày 01/09/2026"),
                    List.of("3", "14/09/2026", "Sở Nội vụ công bố chỉ số cải cách hành chính", "Sở Nội vụ thành phố Hà Nội",
                            "Feed, Email", "2", ""));
            assertThat(table(doc, "STT", 1)).containsExactly(
                    List.of("STT", "Bản tin", "Số", "Ngày phát hành", "Số tin bài", "Người nhận"),
                    List.of("1", "Bản tin điện tử Cải cách hành chính", "1/2026", "14/09/2026", "1", "1"));

            XWPFTable sign = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(lines(sign.getRow(0).getCell(0).getParagraphs())).containsExactly("Nơi nhận:",
                    "- Ban Chỉ đạo cải cách hành chính của Chính phủ;", "- Lưu: VT, VP.");
            assertThat(lines(sign.getRow(0).getCell(1).getParagraphs()))
                    .containsExactly("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Nguyễn Văn An");
            XWPFRun label = sign.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
            assertThat(List.of(label.isBold(), label.isItalic())).containsExactly(true, true);
        }
    }

    @Test
    void docx_isA4WithTheDecreesMarginsAndPageNumbersFromPageTwo() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportFormat.DOCX.bytes(q3, null)))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(List.of(sect.getPgSz().getW(), sect.getPgSz().getH())).containsExactly(BigInteger.valueOf(11906),
                    BigInteger.valueOf(16838));
            assertThat(List.of(sect.getPgMar().getTop(), sect.getPgMar().getBottom(), sect.getPgMar().getLeft(),
                    sect.getPgMar().getRight())).containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134),
                    BigInteger.valueOf(1701), BigInteger.valueOf(850));
            assertThat(sect.isSetTitlePg()).isTrue();
            assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP().xmlText())
                    .contains("PAGE");
        }
    }

    @Test
    void docx_ofAChildUnit_printsItsParentAboveIt_andRoomForTheNumber() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportFormat.DOCX.bytes(snv, null)))) {
            XWPFTable head = doc.getTables().get(0);
            assertThat(lines(head.getRow(0).getCell(0).getParagraphs()))
                    .containsExactly("BỘ NỘI VỤ", "SỞ NỘI VỤ THÀNH PHỐ HÀ NỘI", "");
            assertThat(head.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
            assertThat(head.getRow(1).getCell(0).getText()).isEqualTo("Số: " + "\u00a0".repeat(7) + "/BC-SNV");
            assertThat(head.getRow(1).getCell(1).getText()).isEqualTo("Hà Nội, ngày 05 tháng 9 năm 2026");
            assertThat(lines(doc.getParagraphs())).contains("Kính gửi: Bộ Nội vụ.",
                    "Trong kỳ, Sở Nội vụ thành phố Hà Nội đã đăng 2 tin bài và phát hành 0 số bản tin điện tử.");
            assertThat(table(doc, "Đơn vị")).containsExactly(
                    List.of("Đơn vị", "Tin bài", "Số bản tin", "Cập nhật, đính chính", "Gỡ bỏ", "Lượt lên feed", "Thư đã gửi",
                            "Tin nhắn đã gửi", "Người nhận"),
                    List.of("Sở Nội vụ thành phố Hà Nội", "2", "0", "1", "0", "5", "5", "1", "4"),
                    List.of("Phòng Cải cách hành chính", "0", "0", "0", "0", "0", "0", "0", "0"),
                    List.of("Tổng cộng", "2", "0", "1", "0", "5", "5", "1", "4"));
            XWPFTable sign = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(lines(sign.getRow(0).getCell(0).getParagraphs())).containsExactly("Nơi nhận:", "- Như trên;",
                    "- Lưu: VT.");
        }
    }

    @Test
    void xlsx_hasACoverAndASheetPerTable_withNumbersAndDates() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportFormat.XLSX.bytes(q3, null)))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("BÁO CÁO", "Số liệu theo đơn vị", "Số liệu theo kênh", "Danh sách nhận tin",
                    "Gửi không thành công và kết quả", "Tin bài đã đăng", "Bản tin điện tử");
            assertThat(column(book.getSheetAt(0))).containsSubsequence("BỘ NỘI VỤ", "Số: 12/BC-BNV",
                    "Hà Nội, ngày 15 tháng 12 năm 2026", "BÁO CÁO",
                    "Kết quả thông tin, tuyên truyền cải cách hành chính quý III năm 2026",
                    "Số liệu từ ngày 15/06/2026 đến ngày 14/09/2026 (thời gian chốt số liệu theo Điều 12 Nghị định số"
                            + " 09/2019/NĐ-CP).",
                    "Trong kỳ, các cơ quan, đơn vị đã đăng 3 tin bài và phát hành 1 số bản tin điện tử.");
            assertThat(rows(book.getSheetAt(1))).containsExactly(
                    List.of("Đơn vị", "Tin bài", "Số bản tin", "Cập nhật, đính chính", "Gỡ bỏ", "Lượt lên feed", "Thư đã gửi",
                            "Tin nhắn đã gửi", "Người nhận"),
                    List.of("Bộ Nội vụ", 2, 1, 1, 0, 6, 6, 1, 4),
                    List.of("Sở Nội vụ thành phố Hà Nội", 2, 0, 1, 0, 5, 5, 1, 4),
                    List.of("Phòng Cải cách hành chính", 0, 0, 0, 0, 0, 0, 0, 0),
                    List.of("Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia", 1, 0, 0, 1, 2, 0, 0, 0),
                    List.of("Tổng cộng", 3, 1, 1, 1, 8, 6, 1, 4));
            assertThat(book.getSheetAt(1).getRow(2).getCell(0).getCellStyle().getIndention()).isEqualTo((short) 2);
            assertThat(rows(book.getSheetAt(2))).contains(List.of("Thư điện tử", 6, 1, 0, 0, 2, 3),
                    List.of("Tổng cộng", 15, 1, 0, 0, 3, 7));
            assertThat(rows(book.getSheetAt(3))).contains(List.of("Lãnh đạo các cơ quan, đơn vị", 2, 0, 1, 0, 1),
                    List.of("Người dân và doanh nghiệp", 2, 1, 0, 1, 2));
            assertThat(rows(book.getSheetAt(4))).contains(List.of("Thư điện tử", 3, 2, 0, 1, 0));
            assertThat(rows(book.getSheetAt(5))).containsExactly(
                    List.of("STT", "Ngày đăng", "Tin bài", "Đơn vị", "Kênh", "Người nhận", "Ghi chú"),
                    List.of(1, LocalDate.of(2026, 7, 20), "Hai đơn vị cùng triển khai Kế hoạch cải cách hành chính",
                            "Bộ Nội vụ, Sở Nội vụ thành phố Hà Nội", "Feed, Email, Chat", 4, "đã cập nhật"),
                    List.of(2, LocalDate.of(2026, 8, 5), "Trung tâm rà soát thủ tục hành chính",
                            "Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia", "Feed", 0, "gỡ ngày 01/09/2026"),
                    List.of(3, LocalDate.of(2026, 9, 14), "Sở Nội vụ công bố chỉ số cải cách hành chính",
                            "Sở Nội vụ thành phố Hà Nội", "Feed, Email", 2, ""));
            assertThat(rows(book.getSheetAt(6))).containsExactly(
                    List.of("STT", "Bản tin", "Số", "Ngày phát hành", "Số tin bài", "Người nhận"),
                    List.of(1, "Bản tin điện tử Cải cách hành chính", "1/2026", LocalDate.of(2026, 9, 14), 1, 1));
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getCellStyle().getFontIndex()).isNotNull();
            assertThat(book.getFontAt(book.getSheetAt(1).getRow(1).getCell(0).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("Times New Roman");
        }
    }

    @Test
    void acrossTheCutOff_q4AndCalendarQ3DocumentsListTheirOwnItems() throws IOException {
        Report q4 = fixture.reports().build(ReportRequest.of(Period.parse("2026-Q4"), null).withLanguage("vi"));
        Report calendar = fixture.reports().build(ReportRequest.of(Period.parse("2026-Q3", PeriodRule.CALENDAR), null)
                .withLanguage("vi"));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportFormat.DOCX.bytes(q4, null)))) {
            assertThat(lines(doc.getParagraphs())).contains("Kết quả thông tin, tuyên truyền cải cách hành chính quý IV năm 2026",
                    "Số liệu từ ngày 15/09/2026 đến ngày 14/12/2026 (thời gian chốt số liệu theo Điều 12 Nghị định số"
                            + " 09/2019/NĐ-CP).");
            assertThat(table(doc, "STT")).extracting(row -> row.get(2)).containsExactly("Tin bài", "Bộ Nội vụ tổng kết 9 tháng");
            assertThat(table(doc, "Kênh", 1).get(2)).containsExactly("Thư điện tử", "1", "0", "0", "0", "1");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportFormat.XLSX.bytes(calendar, null)))) {
            assertThat(column(book.getSheetAt(0))).contains("Số liệu từ ngày 01/07/2026 đến ngày 30/09/2026 (theo kỳ dương lịch).");
            assertThat(rows(book.getSheetAt(5))).extracting(row -> row.get(1)).containsExactly("Ngày đăng",
                    LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 5), LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 15));
        }
    }

    @Test
    void csv_hasABomVietnameseHeadersEveryTable_orOneTable() {
        String all = new String(ReportFormat.CSV.bytes(q3, null), StandardCharsets.UTF_8);
        String units = new String(ReportFormat.CSV.bytes(q3, "units"), StandardCharsets.UTF_8);

        assertThat(all).startsWith("\uFEFF\"BÁO CÁO: Kết quả thông tin, tuyên truyền cải cách hành chính quý III năm 2026\"\r\n"
                + "BỘ NỘI VỤ,Kỳ báo cáo,quý III năm 2026,Số liệu từ ngày 15/06/2026 đến ngày 14/09/2026 (thời gian chốt số"
                + " liệu theo Điều 12 Nghị định số 09/2019/NĐ-CP).\r\n");
        assertThat(all).contains("\r\nSố liệu theo đơn vị\r\n", "\r\nTổng cộng,3,1,1,1,8,6,1,4\r\n",
                "\r\n3,14/09/2026,Sở Nội vụ công bố chỉ số cải cách hành chính,Sở Nội vụ thành phố Hà Nội,\"Feed, Email\",2,\r\n");
        assertThat(units.lines().toList()).containsExactly(
                "\uFEFFĐơn vị,Tin bài,Số bản tin,\"Cập nhật, đính chính\",Gỡ bỏ,Lượt lên feed,Thư đã gửi,Tin nhắn đã gửi,"
                        + "Người nhận",
                "Bộ Nội vụ,2,1,1,0,6,6,1,4", "Sở Nội vụ thành phố Hà Nội,2,0,1,0,5,5,1,4",
                "Phòng Cải cách hành chính,0,0,0,0,0,0,0,0",
                "Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia,1,0,0,1,2,0,0,0", "Tổng cộng,3,1,1,1,8,6,1,4");
        Report english = fixture.reports().build(ReportRequest.of(Period.parse("2026-Q3"), null).withLanguage("en"));
        assertThat(new String(ReportFormat.CSV.bytes(english, "units"), StandardCharsets.UTF_8).lines().findFirst())
                .hasValue("\uFEFFUnit,Items,Bulletin issues,\"Updated, corrected\",Withdrawn,Feed updates,Emails sent,"
                        + "Chat messages sent,Recipients");
    }

    @Test
    void markdownAndHtml_carryTheSameSectionsAndFigures() {
        String md = ReportFormat.MD.render(q3);
        String html = ReportFormat.HTML.render(q3);

        assertThat(md).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "**BỘ NỘI VỤ**", "Số: 12/BC-BNV",
                "*Hà Nội, ngày 15 tháng 12 năm 2026*", "# BÁO CÁO", "## I. KẾT QUẢ CHUNG", "### 1. Số liệu theo đơn vị",
                "| — Sở Nội vụ thành phố Hà Nội | 2 | 0 | 1 | 0 | 5 | 5 | 1 | 4 |",
                "| **Tổng cộng** | **3** | **1** | **1** | **1** | **8** | **6** | **1** | **4** |",
                "***Nơi nhận:***", "**KT. BỘ TRƯỞNG**");
        assertThat(html).contains("<html lang=\"vi\">", "@page{size:A4 portrait;margin:20mm 15mm 20mm 30mm;",
                "<div class=\"issuer ruled\">BỘ NỘI VỤ</div>", "<span class=\"motto\">Độc lập - Tự do - Hạnh phúc</span>",
                "<h2>II. SỐ LIỆU CHI TIẾT</h2>", "<td>Tổng cộng</td><td class=\"n\">3</td>",
                "Số liệu từ ngày 15/06/2026 đến ngày 14/09/2026");
    }

    private static List<String> lines(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().map(XWPFParagraph::getText).toList();
    }

    /** The {@code index}-th table whose header starts with {@code firstHeader}, as text. */
    private static List<List<String>> table(XWPFDocument doc, String firstHeader, int index) {
        List<XWPFTable> matching = doc.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)).toList();
        List<List<String>> out = new ArrayList<>();
        for (XWPFTableRow row : matching.get(index).getRows()) {
            out.add(row.getTableCells().stream().map(c -> c.getText()).toList());
        }
        return out;
    }

    private static List<List<String>> table(XWPFDocument doc, String firstHeader) {
        return table(doc, firstHeader, 0);
    }

    private static List<String> column(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.forEach(row -> out.add(row.getCell(0).getStringCellValue()));
        return out;
    }

    private static List<List<Object>> rows(Sheet sheet) {
        List<List<Object>> out = new ArrayList<>();
        for (Row row : sheet) {
            List<Object> cells = new ArrayList<>();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                    cells.add(cell.getLocalDateTimeCellValue().toLocalDate());
                } else if (cell.getCellType() == CellType.NUMERIC) {
                    cells.add((int) cell.getNumericCellValue());
                } else {
                    cells.add(cell.getStringCellValue());
                }
            }
            out.add(cells);
        }
        return out;
    }
}
