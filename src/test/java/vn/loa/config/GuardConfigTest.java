package vn.loa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of http: and intake: that bound Loa: their defaults, and errors naming file, line and key. */
class GuardConfigTest {

    static final String UNITS = """
            units:
              - id: bnv
                name: "Bộ Nội vụ"
            """;

    @TempDir
    Path tmp;

    LoaConfig load(String yaml) throws Exception {
        Path file = tmp.resolve("loa.yaml");
        Files.writeString(file, UNITS + yaml);
        return new ConfigLoader(Map.of()).load(file);
    }

    @Test
    void withoutTheKeys_theDefaultsApply() throws Exception {
        LoaConfig config = load("");

        assertThat(config.http()).isEqualTo(new Http(8080, "0.0.0.0", 16_384L, 8192, 16, 30, 10, List.of()));
        assertThat(config.intake().stableMillisByFolder()).isEmpty();
    }

    @Test
    void theRepositoryConfig_setsTheDefaultsExplicitly() {
        LoaConfig config = new ConfigLoader(Map.of()).load(Path.of("loa.yaml"));

        assertThat(config.http()).isEqualTo(Http.defaults());
        assertThat(config.intake().folders()).isEmpty();
    }

    @Test
    void folderWindowsAndTrustedProxies_areRead() throws Exception {
        LoaConfig config = load("""
                http:
                  host: 127.0.0.1
                  trusted_proxies: ["10.0.0.0/8", "::1"]
                intake:
                  folders:
                    bnv:
                      stable_millis: 30000
                """);

        assertThat(config.http().host()).isEqualTo("127.0.0.1");
        assertThat(config.http().trustedProxies()).containsExactly("10.0.0.0/8", "::1");
        assertThat(config.intake().stableMillisByFolder()).isEqualTo(Map.of("bnv", 30_000L));
    }

    @Test
    void anInboxFolderThatIsNoUnit_isAnErrorNamingTheKnownUnits() {
        assertThatThrownBy(() -> load("""
                intake:
                  folders:
                    bnv2:
                      stable_millis: 30000
                """)).hasMessage(tmp.resolve("loa.yaml") + ":7: intake.folders.bnv2: không có đơn vị 'bnv2': các thư mục"
                + " con của inbox mang tên đơn vị (các đơn vị: bnv)");
    }

    @Test
    void aTrustedProxyThatIsNoAddress_andALimitBelowItsMinimum_areErrors() {
        assertThatThrownBy(() -> load("""
                http:
                  max_body_bytes: 0
                  trusted_proxies: ["10.0.0.1", "proxy.example"]
                """)).hasMessage(tmp.resolve("loa.yaml") + ":5: http.max_body_bytes: phải từ 1 trở lên, không phải 0\n"
                + tmp.resolve("loa.yaml") + ":6: http.trusted_proxies[1]: phải là một địa chỉ IP hoặc một dải CIDR như"
                + " 10.0.0.5 hay 10.0.0.0/8, không phải 'proxy.example'");
    }
}
