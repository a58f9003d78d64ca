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
