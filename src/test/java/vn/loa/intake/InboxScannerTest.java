package vn.loa.intake;

import vn.loa.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Storage;
import vn.loa.storage.Database;

/** How the complete files of the inbox are cut into the batches that the intake runs two at a time. */
@Tag("store")
class InboxScannerTest {

    @TempDir
    Path tmp;

    Database db;
    IntakeAttempts attempts;
    InboxScanner scanner;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
        attempts = new IntakeAttempts(db, Clock.systemUTC());
        scanner = new InboxScanner(tmp.resolve("inbox"), attempts);
    }

    @AfterEach
    void close() {
        db.close();
    }

    List<Path> drop(int count) throws Exception {
        return drop(count, 0);
    }

    /** {@code count} files unchanged for a minute, each of {@code bytes} bytes (or a few when 0). */
    List<Path> drop(int count, int bytes) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("inbox/bnv"));
        FileTime old = FileTime.from(Instant.now().minusSeconds(60));
        return IntStream.rangeClosed(1, count).mapToObj(i -> {
            try {
                Path file = folder.resolve("tin-%05d.md".formatted(i));
                Files.writeString(file, bytes == 0 ? "tin " + i : "x".repeat(bytes));
                Files.setLastModifiedTime(file, old);
                return file.toAbsolutePath();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<Integer> sizes(List<List<Path>> batches) {
        return batches.stream().map(List::size).toList();
    }

    @Test
    void oneFile_isOneBatch() throws Exception {
        drop(1);

        assertThat(sizes(scanner.batches(1000))).containsExactly(1);
    }

    @Test
    void severalFiles_makeTwoBatchesSoThatBothIntakeThreadsWork() throws Exception {
        drop(5);

        assertThat(sizes(scanner.batches(1000))).containsExactly(3, 2);
    }

    @Test
    void aBacklog_isCutIntoBatchesOfAtMostTheBatchSize_everyFileOnceInOrder() throws Exception {
        List<Path> files = drop(2 * InboxScanner.BATCH + 1);

        List<List<Path>> batches = scanner.batches(1000);

        assertThat(sizes(batches)).containsExactly(InboxScanner.BATCH, InboxScanner.BATCH, 1);
        assertThat(batches.stream().flatMap(List::stream)).containsExactlyElementsOf(files);
    }

    @Test
    void largeFiles_fillABatchUpToItsBytes() throws Exception {
        int threeMegabytes = 3 * 1024 * 1024;
        assertThat(3L * threeMegabytes).isGreaterThan(InboxScanner.BATCH_BYTES);
        drop(5, threeMegabytes);

        assertThat(sizes(scanner.batches(1000))).containsExactly(2, 2, 1);
    }

    @Test
    void aFileWhoseLastAttemptNeverFinished_comesAlone() throws Exception {
        List<Path> files = drop(4);
        attempts.begin(files.get(1).toString());

        assertThat(scanner.batches(1000)).containsExactly(List.of(files.get(1)), List.of(files.get(0), files.get(2)),
                List.of(files.get(3)));
    }

    @Test
    void filesChangedWithinTheStabilityTime_waitForTheNextPoll() throws Exception {
        List<Path> files = drop(3);
        Files.setLastModifiedTime(files.get(2), FileTime.from(Instant.now()));

        assertThat(scanner.batches(10_000)).containsExactly(List.of(files.get(0)), List.of(files.get(1)));
    }

    @Test
    void aFolderWithItsOwnWindow_waitsLonger_whileOtherFoldersKeepTheDefault() throws Exception {
        List<Path> bnv = drop(2);
        Path other = Files.createDirectories(tmp.resolve("inbox/so-noi-vu-hn")).resolve("tin.md");
        Files.writeString(other, "tin");
        FileTime twoMinutesAgo = FileTime.from(Instant.now().minusSeconds(120));
        Files.setLastModifiedTime(other, twoMinutesAgo);
        Files.setLastModifiedTime(bnv.get(0), twoMinutesAgo);
        InboxScanner slowBnv = new InboxScanner(tmp.resolve("inbox"), attempts, java.util.Map.of("bnv", 90_000L));

        assertThat(slowBnv.batches(1000)).containsExactly(List.of(bnv.get(0)), List.of(other.toAbsolutePath()));
    }
}
