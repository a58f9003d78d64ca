package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Storage;
import vn.loa.content.Channel;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.PlannedDelivery;
import vn.loa.storage.Database;

/**
 * Every CSV Loa writes opens safely in a spreadsheet: a cell starting with =, +, -, @, a tab or a carriage return is
 * neutralised with a leading apostrophe (OWASP CSV injection), and a subscriber export imports back unchanged.
 */
class CsvFormulaTest {

    @TempDir
    Path tmp;

    Workspace loa;

    @BeforeEach
    void workspace() throws Exception {
        loa = new Workspace(tmp);
        Files.writeString(loa.config, Files.readString(loa.config).replace("name: \"Bộ Nội vụ\"", "name: \"=1+2 Bộ Nội vụ\""));
        Files.writeString(loa.config, """
                lists:
                  - id: lanh-dao
                    name: "Lãnh đạo Bộ"
                    from: "Bản tin CCHC <bantin@moha.gov.vn>"
                  - id: du-phong
                    name: "Dự phòng"
                    from: "Bản tin CCHC <bantin@moha.gov.vn>"
                """, StandardOpenOption.APPEND);
    }

    @Test
    void aSubscriberExport_neutralisesFormulas_andImportsBackUnchanged() throws Exception {
        loa.run("subscribers", "add", "lanh-dao", "an@moha.gov.vn", "--name", "=HYPERLINK(\"http://x.example\",\"Bấm\")");
        loa.run("subscribers", "add", "lanh-dao", "binh@moha.gov.vn", "--name", "@SUM(1+1)");
        loa.run("subscribers", "add", "lanh-dao", "chi@moha.gov.vn", "--name", "-Chi");
        loa.run("subscribers", "add", "lanh-dao", "dung@moha.gov.vn", "--name", "Phạm Dũng");

        List<String> exported = loa.run("subscribers", "export", "lanh-dao").lines();

        assertThat(exported).anyMatch(l -> l.startsWith("an@moha.gov.vn,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Bấm\"\")\","))
                .anyMatch(l -> l.startsWith("binh@moha.gov.vn,'@SUM(1+1),"))
                .anyMatch(l -> l.startsWith("chi@moha.gov.vn,'-Chi,"))
                .anyMatch(l -> l.startsWith("dung@moha.gov.vn,Phạm Dũng,"));
        Path csv = Files.writeString(tmp.resolve("xuat.csv"), String.join("\n", exported) + "\n");
        assertThat(loa.run("subscribers", "import", "du-phong", csv.toString()).exit()).isZero();
        assertThat(names(loa.run("subscribers", "export", "du-phong").lines())).isEqualTo(names(exported));
    }

    static List<String> names(List<String> csvLines) {
        return csvLines.stream().skip(1).map(l -> l.substring(0, l.lastIndexOf(",confirmed,"))).sorted().toList();
    }

    @Test
    void theLogCsv_neutralisesAnErrorThatLooksLikeAFormula() {
        loa.run("log");
        try (Database db = Database.open(new Storage("jdbc:sqlite:" + loa.data.resolve("loa.db"), null, null))) {
            DeliveryLog log = DeliveryLog.open(db, Clock.systemUTC());
            db.inTransaction(c -> {
                log.plans().record(c, "tin-a", "v1", List.of(PlannedDelivery.of(Channel.CHAT, "cchc-slack")));
                return null;
            });
            long id = log.leases().claimPending("tin-a", "v1", 1).get(0).id();
            log.outcomes().markFailed(id, "=cmd|' /C calc'!A0", false);
        }

        List<String> lines = loa.run("log", "--format", "csv").lines();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",'=cmd|' /C calc'!A0,").doesNotContain(",=cmd");
    }

    @Test
    void theReportCsv_neutralisesAUnitNameThatLooksLikeAFormula() {
        List<String> table = loa.run("report", "--period", "2026", "--unit", "bnv", "--format", "csv", "--table", "units")
                .lines();
        List<String> all = loa.run("report", "--period", "2026", "--unit", "bnv", "--format", "csv").lines();

        assertThat(table.get(1)).startsWith("'=1+2 Bộ Nội vụ,0,");
        assertThat(all.get(1)).startsWith("'=1+2 BỘ NỘI VỤ,");
        assertThat(all).noneMatch(l -> l.startsWith("=") || l.contains(",=") || l.contains("\"="));
    }
}
