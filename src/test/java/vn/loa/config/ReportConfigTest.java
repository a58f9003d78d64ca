package vn.loa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code report:} section and the units' {@code report:} blocks: defaults, binding, and every check. */
class ReportConfigTest {

    @TempDir
    Path dir;

    @Test
    void noReportKeys_giveTheDecreeCutOffAndEmptyBlocks() throws IOException {
        LoaConfig config = load("units:\n  - id: bnv\n");

        assertThat(config.report()).isEqualTo(new ReportSettings(14, false, null, null));
        assertThat(config.units().get(0).report()).isEqualTo(UnitReport.none());
    }

    @Test
    void reportKeys_bind() throws IOException {
        LoaConfig config = load("""
                report: { cutoff_day: 20, calendar: true, issuer: snv, place: "Hà Nội" }
                units:
                  - id: snv
                    name: "Sở Nội vụ"
                    report:
                      symbol: SNV
                      parent_name: ""
                      place: "Hà Nội"
                      signer_authority: "KT. GIÁM ĐỐC"
                      signer_title: "PHÓ GIÁM ĐỐC"
                      signer_name: "Lê Thị Cúc"
                      to: ["Ủy ban nhân dân thành phố Hà Nội"]
                      recipients: ["Lãnh đạo Sở", "Lưu: VT, VP"]
                """);

        assertThat(config.report()).isEqualTo(new ReportSettings(20, true, "snv", "Hà Nội"));
        assertThat(config.units().get(0).report()).isEqualTo(new UnitReport("SNV", "", "Hà Nội", "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC", "Lê Thị Cúc", List.of("Ủy ban nhân dân thành phố Hà Nội"), List.of("Lãnh đạo Sở", "Lưu: VT, VP")));
    }

    @Test
    void badReportValues_areEachNamedWithFileLineAndKey() throws IOException {
        Path file = write("""
                report:
                  cutoff_day: 31
                  issuer: khong-co
                units:
                  - id: bnv
                    report:
                      symbol: "bc bnv"
                      recipients: ["Lãnh đạo Bộ", ""]
                """);

        String message = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(file)).getMessage();

        assertThat(message.lines()).containsExactly(
                file + ":2: report.cutoff_day: must be a day from 1 to 28 (Decree 09/2019: 14)",
                file + ":3: report.issuer: unknown unit 'khong-co'",
                file + ":7: units[0].report.symbol: must be upper-case letters, digits, '.' or '-' (as in BC-BNV), not 'bc bnv'",
                file + ":8: units[0].report.recipients[1]: must be one line of text (at most 500 characters)");
    }

    @Test
    void unknownKeyInAUnitsReportBlock_listsTheKnownOnes() throws IOException {
        Path file = write("units:\n  - id: bnv\n    report:\n      signer: x\n");

        assertThat(assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(file)).getMessage())
                .endsWith("units[0].report.signer: khóa 'signer' không hợp lệ (các khóa hợp lệ: parent_name, place, recipients, "
                        + "signer_authority, signer_name, signer_title, symbol, to)");
    }

    @Test
    void theShippedLoaYaml_loadsWithItsReportBlocks() {
        LoaConfig config = new ConfigLoader(Map.of()).load(Path.of("loa.yaml"));

        assertThat(config.report().issuer()).isEqualTo("bcd-cchc");
        assertThat(config.unit("bnv").orElseThrow().report().symbol()).isEqualTo("BNV");
        assertThat(config.unit("so-noi-vu-hn").orElseThrow().report().to()).containsExactly("Ủy ban nhân dân thành phố Hà Nội");
    }

    private LoaConfig load(String yaml) throws IOException {
        return new ConfigLoader(Map.of()).load(write(yaml));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("loa.yaml"), yaml, StandardCharsets.UTF_8);
    }
}
