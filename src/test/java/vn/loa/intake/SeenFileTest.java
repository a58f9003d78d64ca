package vn.loa.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether an inbox file changed after intake read it: size, time, then bytes. */
class SeenFileTest {

    @TempDir
    Path tmp;

    SeenFile readNow(Path file) throws Exception {
        return SeenFile.before(file).read(Files.readAllBytes(file));
    }

    @Test
    void anUntouchedFile_isUnchanged() throws Exception {
        Path file = Files.writeString(tmp.resolve("tin.md"), "một");

        assertThat(readNow(file).changed()).isFalse();
    }

    @Test
    void anAppendedFile_hasChanged() throws Exception {
        Path file = Files.writeString(tmp.resolve("tin.md"), "một");
        SeenFile seen = readNow(file);

        Files.writeString(file, " hai", StandardOpenOption.APPEND);

        assertThat(seen.changed()).isTrue();
    }

    @Test
    void aFileRewrittenWithTheSameSizeAndTime_hasChanged_byItsBytes() throws Exception {
        Path file = Files.writeString(tmp.resolve("tin.md"), "một");
        FileTime time = Files.getLastModifiedTime(file);
        SeenFile seen = readNow(file);

        Files.writeString(file, "mốt");
        Files.setLastModifiedTime(file, time);

        assertThat(seen.changed()).isTrue();
    }

    @Test
    void aFileOnlyTouched_withTheSameBytes_hasChanged_byItsTime() throws Exception {
        Path file = Files.writeString(tmp.resolve("tin.md"), "một");
        SeenFile seen = readNow(file);

        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));

        assertThat(seen.changed()).isTrue();
    }

    @Test
    void aFileThatIsGone_hasNothingLeftToLose() throws Exception {
        Path file = Files.writeString(tmp.resolve("tin.md"), "một");
        SeenFile seen = readNow(file);

        Files.delete(file);

        assertThat(seen.changed()).isFalse();
    }

    @Test
    void aFileRefusedUnread_isComparedBySizeAndTime() throws Exception {
        Path file = Files.writeString(tmp.resolve("lon.md"), "x".repeat(100));
        SeenFile seen = SeenFile.before(file);
        assertThat(seen.changed()).isFalse();

        Files.writeString(file, "y", StandardOpenOption.APPEND);

        assertThat(seen.changed()).isTrue();
    }
}
