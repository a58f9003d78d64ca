package vn.loa.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server tarball, as an operator uses it: unpacked into an empty folder, {@code bin/loa publish} run there. */
class TarballIT {

    @TempDir
    Path empty;

    @Test
    void unpackedTarball_publishesASample_withItsOwnRoutesTemplatesAndConfiguration() throws Exception {
        Path tarball = Path.of(System.getProperty("loa.tarball", "target/loa.tar.gz"));
        assertThat(tarball).as("mvn package makes the tarball").isRegularFile();
        run(empty, List.of("tar", "-xzf", tarball.toAbsolutePath().toString()), 60);
        Path home;
        try (Stream<Path> entries = Files.list(empty)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(home.getFileName().toString()).startsWith("loa-");
        assertThat(home.resolve("bin/loa")).isExecutable();
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/loa"))).contains(PosixFilePermission.OTHERS_EXECUTE);
        assertThat(home.resolve("loa.yaml")).isRegularFile();
        assertThat(home.resolve("routes/intake.camel.yaml")).isRegularFile();
        assertThat(home.resolve("templates/article-email.html")).isRegularFile();
        assertThat(home.resolve("systemd/loa.service")).isRegularFile();
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(p -> p.getFileName().toString())).contains("loa.jar").anyMatch(n -> n.startsWith("camel-core"));
        }

        Path sample = home.resolve("content/samples/so-ket-cchc-9-thang-2026.md");
        Result published = run(home, List.of(home.resolve("bin/loa").toString(), "publish", sample.toString()), 180);

        assertThat(published.exit()).as(published.output()).isZero();
        Path rss = home.resolve("content/public/feeds/bnv/rss.xml");
        assertThat(rss).isRegularFile();
        assertThat(Files.readString(rss, StandardCharsets.UTF_8)).contains("so-ket-cchc-9-thang-2026");
        assertThat(home.resolve("data/loa.db")).isRegularFile();

        Result again = run(home, List.of(home.resolve("bin/loa").toString(), "publish", sample.toString()), 180);
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(again.output()).contains("skipped");
    }

    @Test
    void launcher_throughASymlink_publishesInItsOwnWorkingDirectory() throws Exception {
        Path tarball = Path.of(System.getProperty("loa.tarball", "target/loa.tar.gz"));
        run(empty, List.of("tar", "-xzf", tarball.toAbsolutePath().toString()), 60);
        Path home;
        try (Stream<Path> entries = Files.list(empty)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path bin = Files.createDirectories(empty.resolve("usr-local-bin"));
        Files.createSymbolicLink(bin.resolve("loa"), home.resolve("bin/loa"));
        Path work = Files.createDirectories(empty.resolve("var-lib-loa"));

        Files.copy(home.resolve("loa.yaml"), work.resolve("loa.yaml"));
        Path sample = home.resolve("content/samples/bnv-ke-hoach-tuyen-truyen-cchc-2027.md");

        Result published = run(work, List.of(bin.resolve("loa").toString(), "publish", sample.toString()), 180);

        assertThat(published.exit()).as(published.output()).isZero();
        assertThat(work.resolve("content/public/feeds/bnv/atom.xml")).isRegularFile();
        assertThat(work.resolve("routes")).doesNotExist();
        assertThat(home.resolve("content/public")).doesNotExist();
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("loa-it", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within " + seconds + " s: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
