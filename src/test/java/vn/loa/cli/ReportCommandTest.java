package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("store")
class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void report_printsEveryUnitInTheAskedFormat() {
        Workspace ws = new Workspace(tmp);

        Workspace.Result md = ws.run("report", "--period", "2026-Q4");
        Workspace.Result csv = ws.run("report", "--period", "2026", "--unit", "bnv", "--format", "csv", "--table", "units");

        assertThat(md.exit()).isZero();
        assertThat(md.out()).contains("# BÁO CÁO", "quý IV năm 2026",
                "Số liệu từ ngày 15/09/2026 đến ngày 14/12/2026 (thời gian chốt số liệu theo Điều 12 Nghị định số"
                        + " 09/2019/NĐ-CP).",
                "| Bộ Nội vụ | 0 |", "| — Sở Nội vụ thành phố Hà Nội | 0 |");
        assertThat(csv.out().lines()).hasSize(4).first().asString().startsWith("\uFEFFĐơn vị,Tin bài,");
        assertThat(csv.out().lines()).last().asString().isEqualTo("Tổng cộng,0,0,0,0,0,0,0,0");
    }

    @Test
    void calendarAndNineMonths_sayWhichDaysTheyCover() {
        Workspace ws = new Workspace(tmp);

        assertThat(ws.run("report", "--period", "2026-Q3", "--calendar").out())
                .contains("Số liệu từ ngày 01/07/2026 đến ngày 30/09/2026 (theo kỳ dương lịch).");
        assertThat(ws.run("report", "--period", "2026-9M").out())
                .contains("9 tháng năm 2026", "Số liệu từ ngày 15/12/2025 đến ngày 14/09/2026");
        assertThat(ws.run("report", "--period", "2026-H2").out()).contains("Số liệu từ ngày 15/06/2026 đến ngày 14/12/2026");
        assertThat(ws.run("report", "--period", "2026-07-01..2026-09-30").out())
                .contains("từ ngày 01/07/2026 đến ngày 30/09/2026", "Số liệu từ ngày 01/07/2026 đến ngày 30/09/2026.");
    }

    @Test
    void docxAndXlsx_goToTheOutputFile_withTheNumberSignerAndRecipientsGiven() throws IOException {
        Workspace ws = new Workspace(tmp);
        Path docx = tmp.resolve("bao-cao.docx");
        Path xlsx = tmp.resolve("bao-cao.xlsx");

        Workspace.Result word = ws.run("report", "--period", "2026-Q4", "--unit", "so-noi-vu-hn", "-o", docx.toString(),
                "--number", "15", "--date", "2026-12-15", "--place", "Hà Nội", "--signer-title", "Giám đốc",
                "--signer-name", "Lê Thị Cúc", "--recipient", "Bộ Nội vụ", "--recipient", "Lưu: VT");
        Workspace.Result excel = ws.run("report", "--period", "2026-Q4", "--output", xlsx.toString(), "--lang", "en");

        assertThat(word.exit()).isZero();
        assertThat(word.out()).isEmpty();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("BỘ NỘI VỤ", "SỞ NỘI VỤ THÀNH PHỐ HÀ NỘI");
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Số: 15/BC-SO-NOI-VU-HN");
            assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("Hà Nội, ngày 15 tháng 12 năm 2026");
            String sign = doc.getTables().get(doc.getTables().size() - 1).getText();
            assertThat(sign).contains("- Bộ Nội vụ;", "- Lưu: VT.", "GIÁM ĐỐC", "Lê Thị Cúc");
        }
        assertThat(excel.exit()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Figures by unit");
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unit");
        }
    }

    @Test
    void badPeriodFormatUnitTableOrDate_isAUserError() {
        Workspace ws = new Workspace(tmp);

        assertThat(ws.run("report", "--period", "2026-Q7").err()).contains("--period: không hiểu kỳ báo cáo '2026-Q7'");
        assertThat(ws.run("report", "--period", "2026", "--format", "pdf").err())
                .contains("--format: không có định dạng 'pdf': dùng md, csv, html, docx hoặc xlsx");
        assertThat(ws.run("report", "--period", "2026", "--table", "khac").err()).contains("--table: không có bảng 'khac'");
        assertThat(ws.run("report", "--period", "2026", "--date", "15/12/2026").err()).contains("--date: ngày '15/12/2026'");
        assertThat(ws.run("report", "--period", "2026", "--lang", "fr").exit()).isEqualTo(1);
        Workspace.Result unit = ws.run("report", "--period", "2026", "--unit", "xyz");
        assertThat(unit.exit()).isEqualTo(1);
        assertThat(unit.err()).contains("không có đơn vị 'xyz' (các đơn vị: bnv, so-noi-vu-hn)");
    }
}
