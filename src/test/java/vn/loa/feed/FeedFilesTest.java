package vn.loa.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.loa.feed.FeedFixtures.CHANNEL;
import static vn.loa.feed.FeedFixtures.TITLE_1;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

class FeedFilesTest {

    @TempDir
    Path root;

    private final FeedFiles files = new FeedFiles(new FeedRenderer());

    @Test
    void write_createsTheThreeFeeds_andLeavesNoTempFiles() throws Exception {
        Path folder = root.resolve("feeds/bnv");

        List<Path> written = files.write(folder, CHANNEL, FeedFixtures.twoEntries());

        assertThat(written).containsExactly(folder.resolve("rss.xml"), folder.resolve("atom.xml"), folder.resolve("feed.json"));
        assertThat(names(folder)).containsExactlyInAnyOrder("rss.xml", "atom.xml", "feed.json");
        for (Path xml : written.subList(0, 2)) {
            try (XmlReader reader = new XmlReader(xml.toFile())) {
                SyndFeed feed = new SyndFeedInput().build(reader);
                assertThat(feed.getEntries().get(0).getTitle()).isEqualTo(TITLE_1);
            }
        }
        assertThat(Files.readString(written.get(2), StandardCharsets.UTF_8)).contains(TITLE_1);
    }

    @Test
    void write_replacesExistingFeeds() throws Exception {
        Path folder = Files.createDirectories(root.resolve("feeds/bnv"));
        Files.writeString(folder.resolve("rss.xml"), "old content that is longer than nothing");
        Files.writeString(folder.resolve("feed.json"), "{}");

        files.write(folder, CHANNEL, List.of());

        assertThat(Files.readString(folder.resolve("rss.xml"))).startsWith("<?xml").doesNotContain("old content");
        assertThat(Files.readString(folder.resolve("feed.json"))).contains("\"items\" : [ ]");
        assertThat(names(folder)).containsExactlyInAnyOrder("rss.xml", "atom.xml", "feed.json");
    }

    @Test
    void writeAtomically_whenTheRenameFails_removesItsTempFile_andKeepsTheTarget() throws IOException {
        Path folder = Files.createDirectories(root.resolve("feeds/bnv"));
        Path blocked = Files.createDirectories(folder.resolve("rss.xml"));
        Files.writeString(blocked.resolve("keep.txt"), "x");

        assertThatThrownBy(() -> FeedFiles.writeAtomically(blocked, "<rss/>"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("rss.xml");
        assertThat(names(folder)).containsExactly("rss.xml");
        assertThat(blocked.resolve("keep.txt")).hasContent("x");
    }

    @Test
    void writeAtomically_givesAReadableFile_notTheOwnerOnlyModeOfATempFile() throws IOException {
        Path file = FeedFiles.writeAtomically(root.resolve("atom.xml"), "<feed/>");

        assertThat(file).hasContent("<feed/>");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).contains(PosixFilePermission.OWNER_READ);
            Files.writeString(root.resolve("plain.txt"), "x");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(root.resolve("plain.txt")));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }
}
