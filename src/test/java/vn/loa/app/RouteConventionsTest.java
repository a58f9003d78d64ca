package vn.loa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Every route in {@code routes/} has an id and a description, and every placeholder it uses is set by Loa. */
class RouteConventionsTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z.]+)(?::[^}]*)?}}");

    static List<Path> routeFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            return files.filter(f -> f.toString().endsWith(".camel.yaml")).sorted().toList();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRoute_hasAKebabCaseIdAndADescription() throws IOException {
        List<String> ids = new ArrayList<>();
        for (Path file : routeFiles()) {
            for (Object item : (List<Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file))) {
                Map<String, Object> element = (Map<String, Object>) item;
                Map<String, Object> route = (Map<String, Object>) element.get("route");
                if (route != null) {
                    assertThat((String) route.get("id")).as(file + " route id").matches("[a-z]+(-[a-z]+)*");
                    assertThat((String) route.get("description")).as(file + " " + route.get("id")).isNotBlank();
                    ids.add((String) route.get("id"));
                }
            }
        }
        assertThat(ids).doesNotHaveDuplicates().contains("inbox", "intake", "deliver", "retry-due", "http-feeds");
    }

    @Test
    void everyPlaceholder_isSetByTheRuntime() throws IOException {
        String runtime = Files.readString(Path.of("src/main/java/vn/loa/app/LoaRuntime.java"));
        for (Path file : routeFiles()) {
            Matcher m = PLACEHOLDER.matcher(Files.readString(file));
            while (m.find()) {
                assertThat(runtime).as(file + " uses {{" + m.group(1) + "}}").contains("\"" + m.group(1) + "\"");
            }
        }
    }
}
