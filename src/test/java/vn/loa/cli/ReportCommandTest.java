package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        Workspace.Result csv = ws.run("report", "--period", "2026", "--unit", "bnv", "--format", "csv");

        assertThat(md.exit()).isZero();
        assertThat(md.out()).contains("kỳ 2026-Q4 (2026-10-01 đến 2026-12-31)", "| Bộ Nội vụ (bnv) |",
                "| Sở Nội vụ thành phố Hà Nội (so-noi-vu-hn) |");
        assertThat(csv.out().lines()).hasSize(2).last().asString().startsWith("2026,bnv,\"Bộ Nội vụ\",0,");
    }

    @Test
    void badPeriodFormatOrUnit_isAUserError() {
        Workspace ws = new Workspace(tmp);

        assertThat(ws.run("report", "--period", "2026-Q7").err()).isEqualTo("loa: --period: kỳ báo cáo '2026-Q7' không hợp lệ; hãy dùng 2026-Q3, 2026-H1, 2026 hoặc"
                + " 2026-07-01..2026-09-30" + System.lineSeparator());
        assertThat(ws.run("report", "--period", "2026", "--format", "pdf").err()).isEqualTo("loa: --format: chỉ dùng md, csv hoặc html, không phải 'pdf'" + System.lineSeparator());
        Workspace.Result unit = ws.run("report", "--period", "2026", "--unit", "xyz");
        assertThat(unit.exit()).isEqualTo(1);
        assertThat(unit.err()).isEqualTo("loa: --unit: đơn vị 'xyz' không có trong loa.yaml (hiện có: bnv, so-noi-vu-hn)"
                + System.lineSeparator());
    }
}
