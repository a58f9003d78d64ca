package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path tmp;

    Workspace loa;

    @BeforeEach
    void setUp() {
        loa = new Workspace(tmp);
    }

    static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/content", name));
    }

    Path copy(String fixture, String as) throws IOException {
        Path file = tmp.resolve(as);
        Files.createDirectories(file.getParent());
        return Files.write(file, fixture(fixture));
    }

    @Test
    void legacyFile_isWrittenBesideItAsUtf8_andTheOriginalIsLeftAlone() throws Exception {
        Path file = copy("legacy-tcvn3.md", "drafts/tin.md");

        Workspace.Result result = loa.run("convert", file.toString());

        Path written = tmp.resolve("drafts/tin.utf8.md");
        assertThat(result.lines()).containsExactly(
                file + ": TCVN3 (ABC) (241/241 từ có dấu đọc được) → " + written,
                "1 tệp: 1 đã chuyển, 0 đã là UTF-8, 0 không chuyển được");
        assertThat(result.exit()).isZero();
        assertThat(written).hasBinaryContent(fixture("legacy-unicode.md"));
        assertThat(file).hasBinaryContent(fixture("legacy-tcvn3.md"));
    }

    @Test
    void eachFile_saysWhatWasFoundInIt() throws Exception {
        Path vni = copy("legacy-vni.md", "a.md");
        Path cp1258 = copy("legacy-cp1258.md", "b.html");
        Path utf8 = copy("legacy-unicode.md", "c.md");

        Workspace.Result result = loa.run("convert", vni.toString(), cp1258.toString(), utf8.toString());

        assertThat(result.lines()).containsExactly(
                vni + ": VNI-Windows (241/241 từ có dấu đọc được) → " + tmp.resolve("a.utf8.md"),
                cp1258 + ": Windows-1258 (241/241 từ có dấu đọc được) → " + tmp.resolve("b.utf8.html"),
                utf8 + ": đã là UTF-8, không cần chuyển",
                "3 tệp: 2 đã chuyển, 1 đã là UTF-8, 0 không chuyển được");
        assertThat(result.exit()).isZero();
        assertThat(tmp.resolve("c.utf8.md")).doesNotExist();
    }

    @Test
    void fileThatCannotBeTold_isNotWritten_andExitsOne() throws Exception {
        Path file = copy("legacy-ambiguous.md", "hoi.md");

        Workspace.Result result = loa.run("convert", file.toString());

        assertThat(result.lines().get(0)).startsWith(file + ": không phải UTF-8, và không chắc là bảng mã nào");
        assertThat(result.lines().get(1)).isEqualTo("1 tệp: 0 đã chuyển, 0 đã là UTF-8, 1 không chuyển được");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(tmp.resolve("hoi.utf8.md")).doesNotExist();
    }

    @Test
    void fromOption_readsTheFileInTheNamedEncoding() throws Exception {
        Path file = copy("legacy-ambiguous.md", "hoi.md");

        Workspace.Result result = loa.run("convert", "--from", "tcvn3", file.toString());

        assertThat(result.lines()).containsExactly(
                file + ": đọc theo TCVN3 (ABC) như đã yêu cầu (6/6 từ có dấu đọc được) → " + tmp.resolve("hoi.utf8.md"),
                "1 tệp: 1 đã chuyển, 0 đã là UTF-8, 0 không chuyển được");
        assertThat(Files.readString(tmp.resolve("hoi.utf8.md"))).contains("title: Hỏi nhỏ", "Chớ bỏ lúc nhỏ.");
    }

    @Test
    void fromOptionThatReadsBadly_convertsWithAWarning() throws Exception {
        Path file = copy("legacy-tcvn3.md", "tin.md");

        Workspace.Result result = loa.run("convert", "--from", "vni", file.toString());

        assertThat(result.lines().get(1)).startsWith(file + ": cảnh báo: theo VNI-Windows chỉ ");
        assertThat(result.exit()).isZero();
    }

    @Test
    void existingTarget_isNotOverwritten() throws Exception {
        Path file = copy("legacy-tcvn3.md", "tin.md");
        Path existing = Files.writeString(tmp.resolve("tin.utf8.md"), "bản cũ");

        Workspace.Result result = loa.run("convert", file.toString());

        assertThat(result.lines().get(0)).isEqualTo(file + ": không ghi đè " + existing
                + " đã có; hãy xóa tệp đó hoặc dùng --to THƯ_MỤC");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(existing).hasContent("bản cũ");
    }

    @Test
    void toFolder_writesTheSameNameThere_butNeverOverTheOriginal() throws Exception {
        Path file = copy("legacy-vni.md", "tin.md");

        Workspace.Result result = loa.run("convert", "--to", tmp.resolve("utf8").toString(), file.toString());

        assertThat(result.exit()).isZero();
        assertThat(tmp.resolve("utf8/tin.md")).hasBinaryContent(fixture("legacy-unicode.md"));

        Workspace.Result same = loa.run("convert", "--to", tmp.toString(), file.toString());

        assertThat(same.lines().get(0)).isEqualTo(file + ": --to chỉ vào chính thư mục của tệp gốc; tệp gốc không bị"
                + " ghi đè khi không có --in-place");
        assertThat(same.exit()).isEqualTo(1);
        assertThat(file).hasBinaryContent(fixture("legacy-vni.md"));
    }

    @Test
    void inPlace_replacesTheOriginal_butNotInLoasArchive() throws Exception {
        Path file = copy("legacy-cp1258.md", "tin.md");
        Path archived = copy("legacy-cp1258.md", "content/published/2026/11/tin.md");

        Workspace.Result result = loa.run("convert", "--in-place", file.toString(), archived.toString());

        assertThat(result.lines().get(0)).isEqualTo(file + ": Windows-1258 (241/241 từ có dấu đọc được) → " + file);
        assertThat(result.lines().get(1)).startsWith(archived + ": không sửa tệp trong kho lưu của Loa");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(file).hasBinaryContent(fixture("legacy-unicode.md"));
        assertThat(archived).hasBinaryContent(fixture("legacy-cp1258.md"));
    }

    @Test
    void toAndInPlaceTogether_isAUserError() throws Exception {
        Path file = copy("legacy-tcvn3.md", "tin.md");

        Workspace.Result result = loa.run("convert", "--in-place", "--to", tmp.toString(), file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("--in-place", "--to");
        assertThat(file).hasBinaryContent(fixture("legacy-tcvn3.md"));
    }

    @Test
    void unknownEncodingName_isAUserError() throws Exception {
        Path file = copy("legacy-tcvn3.md", "tin.md");

        Workspace.Result result = loa.run("convert", "--from", "viscii", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("loa: --from viscii không có; dùng tcvn3|vni|cp1258" + System.lineSeparator());
    }

    @Test
    void utf16AndBinaryFiles_areNotConverted() throws Exception {
        Path utf16 = copy("utf16.md", "a.md");
        Path binary = copy("binary.md", "b.md");

        Workspace.Result result = loa.run("convert", utf16.toString(), binary.toString());

        assertThat(result.lines()).containsExactly(
                utf16 + ": tệp UTF-16; hãy lưu lại dưới dạng UTF-8",
                binary + ": không phải tệp văn bản (có byte NUL)",
                "2 tệp: 0 đã chuyển, 0 đã là UTF-8, 2 không chuyển được");
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void withoutConfiguration_stillConverts() throws Exception {
        Path file = copy("legacy-tcvn3.md", "tin.md");

        Workspace.Result result = loa.runWithout("convert", file.toString());

        assertThat(result.exit()).isZero();
        assertThat(tmp.resolve("tin.utf8.md")).hasBinaryContent(fixture("legacy-unicode.md"));
    }
}
