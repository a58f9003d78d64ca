package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.guard.FileNames;
import vn.loa.testing.LogCapture;

/**
 * File names of any legal length and characters: archived (shortened where the copy's name would not fit), never
 * read again and again, and escaped in every log line and problem line.
 */
class FileNameTest {

    @TempDir
    Path tmp;

    LoaHarness loa;
    LogCapture log;

    @BeforeEach
    void start() throws Exception {
        log = new LogCapture();
        loa = new LoaHarness(tmp).start();
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
        log.close();
    }

    /** A Vietnamese name of exactly 255 UTF-8 bytes, the most a file name can have. */
    static String longestName(String extension) {
        StringBuilder stem = new StringBuilder();
        String words = "Cải cách hành chính nhà nước giai đoạn mới ";
        for (int i = 0; FileNames.bytes(stem + words.substring(i % words.length(), i % words.length() + 1) + extension) <= 255; i++) {
            stem.append(words.charAt(i % words.length()));
        }
        while (FileNames.bytes(stem + extension) < 255) {
            stem.append('x');
        }
        return stem + extension;
    }

    static String approved(String id, String body) {
        return LoaHarness.article("id: " + id + "\ntitle: \"Tin " + id + "\"\nstatus: approved\napproved_by: Lan\nunits: [bnv]", body);
    }

    List<Path> files(String folder) throws Exception {
        Path dir = loa.content(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    void awaitInboxEmpty() {
        await().atMost(Duration.ofSeconds(20)).until(() -> files("inbox").isEmpty());
    }

    @Test
    void aNameOf255Bytes_isPublishedAndArchived_underAShortenedNameThatFits() throws Exception {
        String name = longestName(".md");
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(255);

        loa.drop("bnv/" + name, approved("ten-dai", "Tên tệp dài nhất có thể."));
        loa.awaitDelivered("ten-dai");
        awaitInboxEmpty();

        List<Path> archived = files("published");
        assertThat(archived).hasSize(1);
        String stored = archived.get(0).getFileName().toString();
        assertThat(FileNames.bytes(stored + ".error.txt")).isLessThanOrEqualTo(255);
        assertThat(stored).startsWith(name.substring(0, 40)).endsWith(".md").matches(".*~[0-9a-f]{8}\\.md");
        assertThat(Files.readString(archived.get(0))).contains("Tên tệp dài nhất có thể.");
        assertThat(loa.components().events().after(0)).hasSize(1);
    }

    @Test
    void aRejectedNameOf255Bytes_getsItsErrorFileBesideIt_once() throws Exception {
        String name = longestName(".md");

        loa.drop("bnv/" + name, LoaHarness.article("status: approved\napproved_by: Lan", "Không có tiêu đề."));
        await().atMost(Duration.ofSeconds(20)).until(() -> files("rejected").size() == 2);
        awaitInboxEmpty();

        Path error = files("rejected").stream().filter(f -> f.getFileName().toString().endsWith(".error.txt")).findFirst().orElseThrow();
        String stored = error.getFileName().toString().replace(".error.txt", "");
        assertThat(loa.content("rejected").resolve(stored)).exists();
        assertThat(Files.readString(error)).startsWith("bnv/" + name + ":").contains(": title: ");
        assertThat(loa.components().events().after(0)).extracting(e -> e.outcome().key()).containsExactly("rejected");
    }

    @Test
    void namesWithNewlinesTabsBidiAndEmoji_arePublished_andCannotForgeALogOrProblemLine() throws Exception {
        String newline = "tin\n00:00:00.000 INFO  Publisher - published gia-mao (x.md).md";
        String controls = "tin\r\tđiều\u0007khiển.md";
        String bidi = "hoa-don-\u202Egpj.md";
        String emoji = "🇻🇳 Thông báo 👨‍👩‍👧.md";
        loa.drop("bnv/" + newline, approved("ten-xuong-dong", "Một."));
        loa.drop("bnv/" + controls, approved("ten-dieu-khien", "Hai."));
        loa.drop("bnv/" + bidi, approved("ten-bidi", "Ba."));
        loa.drop("bnv/" + emoji, approved("ten-emoji", "Bốn."));
        String rejectedName = "sai\nrejected giả.md";
        loa.drop("bnv/" + rejectedName, LoaHarness.article("status: approved\napproved_by: Lan", "Không có tiêu đề."));

        loa.awaitDelivered("ten-xuong-dong", "ten-dieu-khien", "ten-bidi", "ten-emoji");
        awaitInboxEmpty();

        assertThat(files("published")).extracting(f -> f.getFileName().toString())
                .containsExactlyInAnyOrder(newline, controls, bidi, emoji);
        assertThat(loa.content("rejected").resolve(rejectedName)).exists();
        assertThat(Files.readAllLines(loa.content("rejected").resolve(rejectedName + ".error.txt")))
                .singleElement().asString().startsWith("bnv/sai\\nrejected giả.md:1: title: ");
        List<String> lines = log.lines();
        assertThat(lines).anyMatch(l -> l.contains("published ten-xuong-dong (bnv/tin\\n00:00:00.000 INFO  Publisher - published gia-mao (x.md).md)"));
        assertThat(lines).anyMatch(l -> l.contains("bnv/tin\\r\\tđiều\\u0007khiển.md"));
        assertThat(lines).anyMatch(l -> l.contains("bnv/hoa-don-\\u202Egpj.md"));
        assertThat(lines).anyMatch(l -> l.contains("bnv/" + emoji));
        assertThat(lines).anyMatch(l -> l.contains("rejected bnv/sai\\nrejected giả.md:1: title:"));
        assertThat(lines).allMatch(l -> l.matches("^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3} [A-Z]+ .*|\\t.*|Caused by: .*|\\s*\\.\\.\\. \\d+ .*|[a-z]+\\..*)$"))
                .noneMatch(l -> l.contains("\u202E") || l.contains("\r") || l.contains("\u0007"));
    }
}
