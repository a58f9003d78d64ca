package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loa run} that cannot listen on its port ends at once, with exit 1 and a message saying what to do. */
class RunCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aPortInUse_endsTheRunWithExit1_andAMessageNamingTheAddress() throws Exception {
        Workspace loa = new Workspace(tmp);
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Files.writeString(loa.config, "http:\n  host: 127.0.0.1\n  port: " + taken.getLocalPort() + "\n",
                    StandardOpenOption.APPEND);

            Workspace.Result result = CompletableFuture.supplyAsync(() -> loa.run("run")).get(60, TimeUnit.SECONDS);

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).startsWith("loa: không mở được cổng HTTP 127.0.0.1:" + taken.getLocalPort() + " (")
                    .contains("đang dùng cổng này", "http.port");
            assertThat(result.err()).doesNotContain("Exception\n\tat ");
        }
    }
}
