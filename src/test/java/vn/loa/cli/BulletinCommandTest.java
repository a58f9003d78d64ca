package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Year;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletin ID [--dry-run]} through the real routes, on articles published with {@code publish}. */
@Tag("store")
class BulletinCommandTest {

    @TempDir
    Path tmp;

    Workspace loa;
    Path folder;

    @BeforeEach
    void publishTwo() throws IOException {
        loa = new Workspace(tmp);
        Files.writeString(loa.config, """
                bulletins:
                  - id: cchc
                    title: "Bản tin điện tử Cải cách hành chính"
                    units: [so-noi-vu-hn, bnv]
                    publish_to: bnv
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path a = Workspace.write(tmp.resolve("drop/tin-bnv.md"), Workspace.article("tin-bnv", "Bộ Nội vụ họp báo quý IV", "bnv"));
        Path b = Workspace.write(tmp.resolve("drop/tin-snv.md"),
                Workspace.article("tin-snv", "Sở Nội vụ Hà Nội rà soát thủ tục", "so-noi-vu-hn"));
        assertThat(loa.run("publish", a.toString(), b.toString()).exit()).isZero();
        folder = loa.content.resolve("public/bulletins/cchc");
    }

    static String year() {
        return Integer.toString(Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue());
    }

    @Test
    void dryRun_writesThePreviewAndPrintsTheTitles_storingNothing() throws IOException {
        Workspace.Result preview = loa.run("bulletin", "cchc", "--dry-run");
        assertThat(preview.exit()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("Số 1/" + year(), "Sở Nội vụ Hà Nội rà soát thủ tục", "Bộ Nội vụ họp báo quý IV",
                "Bản xem trước: ", "preview.html", "Chưa lưu và chưa gửi gì (--dry-run)");
        assertThat(preview.out().indexOf("Sở Nội vụ Hà Nội")).isLessThan(preview.out().indexOf("Bộ Nội vụ họp báo"));
        assertThat(Files.readString(folder.resolve("preview.html"))).contains("Bộ Nội vụ họp báo quý IV", "Số 1/" + year());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("preview.html");
        }
        assertThat(loa.run("log", "--content", "cchc-" + year() + "-1", "--format", "csv").lines()).hasSize(1);

        Workspace.Result again = loa.run("bulletin", "cchc", "--dry-run");
        assertThat(again.out()).contains("Số 1/" + year());
    }

    @Test
    void realRun_numbersAndSendsTheIssue_thenSkipsWhenNothingIsNew() throws IOException {
        Workspace.Result sent = loa.run("bulletin", "cchc");
        assertThat(sent.exit()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("Bản tin cchc: Số 1/" + year() + " (cchc-" + year() + "-1) gồm 2 tin bài và 0 ghi chú");
        assertThat(Files.readString(folder.resolve(year() + "-1.html"))).contains("Sở Nội vụ Hà Nội rà soát thủ tục");
        assertThat(Files.readString(folder.resolve("index.html"))).contains("Số 1/" + year());
        assertThat(Files.readString(loa.content.resolve("public/feeds/bnv/rss.xml")))
                .contains("Bản tin điện tử Cải cách hành chính – Số 1/" + year());
        assertThat(loa.run("log", "--content", "cchc-" + year() + "-1", "--format", "csv").out()).contains(",sent,");

        Workspace.Result skipped = loa.run("bulletin", "cchc");
        assertThat(skipped.exit()).isZero();
        assertThat(skipped.out()).startsWith("Bản tin cchc: không gửi số nào: chỉ có 0 tin bài mới từ ")
                .endsWith("; min_articles là 1" + System.lineSeparator());
    }

    @Test
    void unknownBulletin_exits1NamingTheKnownOnes() {
        Workspace.Result result = loa.run("bulletin", "cchc2");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("loa: bản tin 'cchc2' không có trong loa.yaml; hiện có: cchc" + System.lineSeparator());
    }
}
