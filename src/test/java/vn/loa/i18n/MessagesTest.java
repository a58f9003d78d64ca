package vn.loa.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyArea_hasTheSameKeysInBothLanguages_andEveryPatternParses() throws Exception {
        Path folder = Path.of(Messages.class.getResource("/i18n/common_vi.properties").toURI()).getParent();
        Set<String> areas = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_vi.properties"))
                    .forEach(n -> areas.add(n.substring(0, n.length() - "_vi.properties".length())));
        }
        assertThat(areas).contains("common");
        for (String area : areas) {
            Properties vi = load(folder.resolve(area + "_vi.properties"));
            Properties en = load(folder.resolve(area + "_en.properties"));
            assertThat(en.stringPropertyNames()).as(area + "_en keys").isEqualTo(vi.stringPropertyNames());
            for (String key : vi.stringPropertyNames()) {
                assertThat(key).as("key of " + area).startsWith(area + ".");
                new MessageFormat(vi.getProperty(key), Locale.forLanguageTag("vi"));
                new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            }
        }
    }

    @Test
    void everyMessage_isNfc_andQuotesOnlyBraces() throws Exception {
        Path folder = Path.of(Messages.class.getResource("/i18n/common_vi.properties").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties p = load(file);
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).as(key + " is NFC").isTrue();
                    // a lone apostrophe would hide the rest of the message: '' for one, '{' and '}' for braces
                    assertThat(value.replace("''", "").replace("'{'", "").replace("'}'", "")).as(key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void numbers_areGroupedTheWayEachLanguageWritesThem_andEnglishHasPlurals() {
        Messages vi = Messages.of("vi");
        Messages en = Messages.of("en");

        assertThat(vi.get("cli.check.summary", 12345, 12000, 345)).isEqualTo("Đã kiểm tra 12.345 tệp: 12.000 hợp lệ, 345 có lỗi");
        assertThat(en.get("cli.check.summary", 12345, 12000, 345)).isEqualTo("12,345 checked, 12,000 ok, 345 with problems");
        assertThat(List.of(0, 1, 2, 1500).stream().map(n -> en.get("cli.log.count", n)).toList())
                .containsExactly("0 deliveries", "1 delivery", "2 deliveries", "1,500 deliveries");
        assertThat(List.of(0, 1, 2).stream().map(n -> vi.get("cli.log.count", n)).toList())
                .containsExactly("0 lượt gửi", "1 lượt gửi", "2 lượt gửi");
    }

    @Test
    void html_escapesTheTextAndPlainArguments_andKeepsHtmlArguments() {
        Messages vi = Messages.of("vi");

        assertThat(vi.html("web.subscribed.text", Html.strong("Lãnh đạo <Sở> & \"Ban\""))).isEqualTo(
                "Bạn sẽ nhận thư của danh sách <strong>Lãnh đạo &lt;Sở&gt; &amp; &quot;Ban&quot;</strong>.");
        assertThat(vi.html("web.subscribed.text", "<script>")).isEqualTo("Bạn sẽ nhận thư của danh sách &lt;script&gt;.");
        assertThat(Messages.of("en").html("email.confirm.ask", 7L)).isEqualTo(
                "If this was you, click the button below within 7 days to confirm:");
        assertThat(vi.html("content.id.invalid", "'a<b'")).startsWith("mã &#39;a&lt;b&#39; không hợp lệ; ")
                .contains("dấu gạch ngang &#39;-&#39;");
    }

    @Test
    void vietnameseIsTheDefault_andEnglishIsChosenByName() {
        assertThat(Messages.of(null).get("common.yes")).isEqualTo("có");
        assertThat(Messages.of("fr").get("common.yes")).isEqualTo("có");
        assertThat(Messages.of("en").get("common.yes")).isEqualTo("yes");
    }

    @Test
    void environmentLanguage_winsOverTheSiteLanguage() {
        try {
            Messages.use("vi", "en");
            assertThat(Messages.t("common.no")).isEqualTo("no");
            Messages.use("en", null);
            assertThat(Messages.t("common.no")).isEqualTo("no");
            Messages.use("vi", "");
            assertThat(Messages.t("common.no")).isEqualTo("không");
        } finally {
            Messages.use("vi", null);
        }
    }

    @Test
    void unknownKey_throws() {
        assertThatThrownBy(() -> Messages.of("vi").get("common.nothing-here")).isInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> Messages.of("vi").get("noarea")).isInstanceOf(MissingResourceException.class);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
