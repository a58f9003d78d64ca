package vn.loa.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CheckParseAgreementTest {

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(Fixtures.class.getResource("/content").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixture_checkAndParseAgree(String fixture) {
        List<Problem> problems = Fixtures.check(fixture);

        if (problems.isEmpty()) {
            assertThat(Fixtures.parse(fixture)).isNotNull();
        } else {
            assertThatThrownBy(() -> Fixtures.parse(fixture))
                    .isInstanceOfSatisfying(ContentRejectedException.class, e -> {
                        assertThat(e.problems()).isEqualTo(problems);
                        assertThat(e.file()).isEqualTo(fixture);
                    });
            assertThat(problems).isSortedAccordingTo(java.util.Comparator.comparingInt(Problem::line));
            assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("\n", "\r"));
        }
    }
}
