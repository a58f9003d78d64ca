package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.storage.Database;

/** {@code log --progress} and the report's "in progress" section, on a log with a send under way. */
@Tag("store")
class ProgressCommandTest {

    @TempDir
    Path tmp;

    @Test
    void sendUnderWay_isShownByLogProgressAndInTheReport() throws Exception {
        Workspace ws = new Workspace(tmp);
        assertThat(ws.run("log").exit()).isZero(); // creates the database
        Instant now = Instant.now();
        try (Database db = Database.open(ws.storage()); Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("insert into deliveries (content_id, content_version, channel,"
                     + " target, recipient, status, attempts, created_at, updated_at, sent_at) values"
                     + " ('ban-tin-so-12', 'v1', 'email', 'lanh-dao', ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 200; i++) {
                boolean sent = i < 50;
                st.setString(1, "nguoi" + i + "@loa.test");
                st.setString(2, sent ? "sent" : "pending");
                st.setInt(3, sent ? 1 : 0);
                st.setString(4, now.minusSeconds(20).toString());
                st.setString(5, now.toString());
                st.setString(6, sent ? now.minusSeconds(10 - i / 5).toString() : null);
                st.executeUpdate();
            }
        }

        Workspace.Result table = ws.run("log", "--progress");
        Workspace.Result json = ws.run("log", "--progress", "--format", "json");
        Workspace.Result report = ws.run("report", "--period", "2026");

        assertThat(table.exit()).isZero();
        assertThat(table.lines().get(0)).contains("BÀI", "ĐÃ GỬI", "TỔNG", "MỖI GIÂY", "CÒN LẠI");
        assertThat(table.lines().get(1)).contains("ban-tin-so-12", "email", "lanh-dao", " 50 ", " 200 ", " 150 ");
        assertThat(table.lines()).last().isEqualTo("1 đợt gửi đang chạy");
        List<Map<String, Object>> rows = new ObjectMapper().readValue(json.out(), new TypeReference<>() { });
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("sent", 50).containsEntry("total", 200).containsEntry("pending", 150);
            assertThat(((Number) row.get("per_second")).doubleValue()).isGreaterThan(1);
            assertThat(((Number) row.get("seconds_left")).longValue()).isPositive();
        });
        assertThat(report.out()).contains("## Đang gửi", "| ban-tin-so-12 | email | lanh-dao | 50 / 200 | 0 |", "| khoảng ");
    }

    @Test
    void nothingUnderWay_logProgressSaysSo_andTheReportHasNoSection() {
        Workspace ws = new Workspace(tmp);

        assertThat(ws.run("log", "--progress").lines()).last().isEqualTo("0 đợt gửi đang chạy");
        assertThat(ws.run("report", "--period", "2026").out()).doesNotContain("Đang gửi");
    }
}
