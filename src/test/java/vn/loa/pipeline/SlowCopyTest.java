package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.model.BeanDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.storage.StoredContent;

/**
 * A file is never lost to a slow writer: a copy that pauses longer than the stability window and goes on after Loa
 * read it is not archived or removed; its final content is read again as the next version. A folder fed by slow
 * copies can have a longer window of its own.
 */
class SlowCopyTest {

    static final String HEAD = "---\ntitle: \"Sao chép chậm\"\nstatus: approved\napproved_by: Lan\nid: sao-chep-cham\n---\n"
            + "Đoạn thứ nhất, đã chép xong.\n\n";
    static final String TAIL = "Đoạn thứ hai, chép sau khi dừng lại.\n";

    @TempDir
    Path tmp;

    LoaHarness loa;
    final ExecutorService writer = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() throws Exception {
        writer.shutdownNow();
        loa.close();
    }

    static void write(FileChannel out, String text) throws Exception {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    List<String> texts(String folder) throws Exception {
        Path dir = loa.content(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    String body(String id) {
        return loa.components().contents().find(id).map(StoredContent::article).map(a -> a.bodyHtml()).orElse("");
    }

    @Test
    void aCopyThatGoesOnAfterLoaReadIt_staysInTheInbox_andItsFinalContentIsPublishedAsTheNextVersion() throws Exception {
        loa = new LoaHarness(tmp).start();
        // Loa stops between storing the first read and archiving it until the writer has written the rest: the
        // writer's pause is longer than the stability window, and ends exactly while Loa is processing the file
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch appended = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        AdviceWith.adviceWith(loa.camel(), "intake-batch", route -> route.weaveByType(BeanDefinition.class).selectLast()
                .before().process(exchange -> {
                    if (first.compareAndSet(true, false)) {
                        read.countDown();
                        assertThat(appended.await(20, TimeUnit.SECONDS)).isTrue();
                    }
                }));
        Path file = Files.createDirectories(loa.content("inbox/bnv")).resolve("sao-chep-cham.md");

        Future<?> copy = writer.submit(() -> {
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                write(out, HEAD);
                assertThat(read.await(20, TimeUnit.SECONDS)).isTrue();
                write(out, TAIL);
            }
            appended.countDown();
            return null;
        });
        copy.get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(20)).until(() -> body("sao-chep-cham").contains("Đoạn thứ hai")
                && !Files.exists(file));
        loa.awaitDelivered("sao-chep-cham");
        assertThat(loa.components().events().after(0)).extracting(e -> e.outcome().key())
                .containsExactly("published", "updated");
        // each version's original is kept as it was read: the truncated one, then the whole file
        assertThat(texts("published")).containsExactlyInAnyOrder(HEAD, HEAD + TAIL);
        assertThat(texts("rejected")).isEmpty();
        assertThat(loa.components().contents().feed("bnv", 10)).extracting(StoredContent::id).containsExactly("sao-chep-cham");
    }

    @Test
    void aFileStillBeingAppendedWhenFirstSeen_waitsForItsFolderWindow_whileOtherFoldersKeepTheDefault() throws Exception {
        loa = new LoaHarness(tmp, """
                intake:
                  folders:
                    bnv:
                      stable_millis: 60000
                """).start();
        Path file = Files.createDirectories(loa.content("inbox/bnv")).resolve("sao-chep-cham.md");
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            write(out, HEAD);
            // pauses longer than a poll, shorter than the folder's window: several polls see the file, none reads it
            NotifyBuilder polls = new NotifyBuilder(loa.camel()).fromRoute("inbox").whenCompleted(3).create();
            assertThat(polls.matches(10, TimeUnit.SECONDS)).isTrue();
            write(out, TAIL.substring(0, 10));
            polls = new NotifyBuilder(loa.camel()).fromRoute("inbox").whenCompleted(3).create();
            assertThat(polls.matches(10, TimeUnit.SECONDS)).isTrue();
            write(out, TAIL.substring(10));
        }
        loa.drop("tin-khac.md", LoaHarness.article("title: Tin khác\nstatus: approved\napproved_by: Lan\nunits: [so-noi-vu-hn]",
                "Thư mục gốc theo cửa sổ mặc định."));
        loa.awaitDelivered("tin-khac");
        assertThat(file).exists();
        assertThat(loa.components().contents().find("sao-chep-cham")).isEmpty();

        // the folder's window passes (the file's time moved back by it rather than waiting a minute)
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(61)));

        await().atMost(Duration.ofSeconds(20)).until(() -> !Files.exists(file));
        loa.awaitDelivered("sao-chep-cham");
        assertThat(body("sao-chep-cham")).contains("Đoạn thứ nhất", "Đoạn thứ hai");
        assertThat(loa.components().events().after(0)).extracting(e -> e.contentId() + " " + e.outcome().key())
                .containsExactlyInAnyOrder("tin-khac published", "sao-chep-cham published");
        assertThat(texts("rejected")).isEmpty();
    }
}
