package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path tmp;

    Workspace loa;

    @BeforeEach
    void setUp() {
        loa = new Workspace(tmp);
    }

    @Test
    void validFile_isOk() {
        Path file = Workspace.write(tmp.resolve("drafts/cai-cach.md"),
                Workspace.article("cai-cach-2026", "Cải cách hành chính năm 2026", "bnv"));

        Workspace.Result result = loa.run("check", file.toString());

        assertThat(result.lines()).containsExactly(file + ": hợp lệ", "Đã kiểm tra 1 tệp: 1 hợp lệ, 0 có lỗi");
        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
    }

    @Test
    void repositorySample_isOk() {
        Path sample = Path.of("content/samples/bnv-trien-khai-do-luong-sipas-2026.md");

        Workspace.Result result = loa.run("check", sample.toString());

        assertThat(result.lines()).containsExactly(sample + ": hợp lệ", "Đã kiểm tra 1 tệp: 1 hợp lệ, 0 có lỗi");
        assertThat(result.exit()).isZero();
    }

    @Test
    void missingTitleAndUnknownUnit_areBothPrintedAtTheirKeysLines() {
        Path file = Workspace.write(tmp.resolve("thieu-tieu-de.md"), """
                ---
                status: approved
                approved_by: Nguyễn Văn An
                units:
                  - bnv
                  - phong-khong-ton-tai
                ---

                Nội dung.
                """);

        Workspace.Result result = loa.run("check", file.toString());

        assertThat(result.lines()).containsExactly(
                file + ":1: title: thiếu tiêu đề; hãy ghi tiêu đề bài, ví dụ title: Cải cách hành chính năm 2025",
                file + ":4: units: đơn vị 'phong-khong-ton-tai' không có trong loa.yaml (hiện có: bnv, so-noi-vu-hn)",
                "Đã kiểm tra 1 tệp: 0 hợp lệ, 1 có lỗi");
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void goodAndBadFiles_eachGetTheirLinesAndTheCountSaysSo() {
        Path good = Workspace.write(tmp.resolve("a.md"), Workspace.article("a", "Tin A", "bnv"));
        Path bad = Workspace.write(tmp.resolve("b.md"), Workspace.article("b", "Tin B", "bo-khong-co"));

        Workspace.Result result = loa.run("check", good.toString(), bad.toString());

        assertThat(result.lines()).containsExactly(
                good + ": hợp lệ",
                bad + ":6: units: đơn vị 'bo-khong-co' không có trong loa.yaml (hiện có: bnv, so-noi-vu-hn)",
                "Đã kiểm tra 2 tệp: 1 hợp lệ, 1 có lỗi");
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void missingFile_isAUserErrorNamingIt() {
        Path missing = tmp.resolve("khong-co.md");

        Workspace.Result result = loa.run("check", missing.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("loa: không tìm thấy tệp: " + missing + System.lineSeparator());
        assertThat(result.out()).isEmpty();
    }

    @Test
    void noConfiguration_isAUserErrorNamingLoaYamlAndConfigOption() {
        Path file = Workspace.write(tmp.resolve("a.md"), Workspace.article("a", "Tin A", "bnv"));

        Workspace.Result result = loa.runWithout("check", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("loa: không tìm thấy tệp cấu hình " + tmp.resolve("no-such-folder/loa.yaml")
                + "; hãy chạy lệnh trong thư mục có loa.yaml, hoặc chỉ rõ tệp bằng --config FILE" + System.lineSeparator())
                .doesNotContain("Exception");
    }

    @Test
    void configOptionNamingAMissingFile_saysWhereItCameFrom() {
        Path file = Workspace.write(tmp.resolve("a.md"), Workspace.article("a", "Tin A", "bnv"));

        Workspace.Result result = loa.runWithout("--config", tmp.resolve("khac.yaml").toString(), "check", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("loa: không tìm thấy tệp cấu hình " + tmp.resolve("khac.yaml") + " (theo --config)");
    }

    @Test
    void configOption_isAcceptedAfterTheSubcommandToo() {
        Path file = Workspace.write(tmp.resolve("a.md"), Workspace.article("a", "Tin A", "bnv"));

        Workspace.Result result = loa.runWithout("check", "--config", loa.config.toString(), file.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains(file + ": hợp lệ");
    }

    @Test
    void loaConfigVariable_selectsTheConfiguration() {
        Path file = Workspace.write(tmp.resolve("a.md"), Workspace.article("a", "Tin A", "bnv"));
        LoaCommand command = new LoaCommand(Map.of("LOA_CONFIG", loa.config.toString()), tmp.resolve("none.yaml"));
        java.io.StringWriter out = new java.io.StringWriter();

        int exit = LoaCommand.execute(command, new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()),
                "check", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains(file + ": hợp lệ");
    }

    @Test
    void brokenConfiguration_isAUserErrorWithFileAndLine() throws Exception {
        Files.writeString(loa.config, Files.readString(loa.config).replace("type: slack", "type: viber"));
        Path file = Workspace.write(tmp.resolve("a.md"), Workspace.article("a", "Tin A", "bnv"));

        Workspace.Result result = loa.run("check", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("loa: " + loa.config + ":18: chats[0].type: chỉ dùng một trong các loại ");
    }

    @Test
    void folder_checksEveryMarkdownAndHtmlFileBelowIt() {
        Path folder = tmp.resolve("drop");
        Path md = Workspace.write(folder.resolve("a.md"), Workspace.article("a", "Tin A", "bnv"));
        Path html = Workspace.write(folder.resolve("bnv/sub/b.html"), """
                ---
                title: Tin B
                status: draft
                units: [bnv]
                ---
                <p>Nội dung.</p>
                """);
        Path upper = Workspace.write(folder.resolve("c.MD"), Workspace.article("c", "Tin C", "so-noi-vu-hn"));
        Workspace.write(folder.resolve("ghi-chu.txt"), "không phải tin");
        Workspace.write(folder.resolve("anh.png"), "png");

        Workspace.Result result = loa.run("check", folder.toString());

        assertThat(result.lines()).containsExactly(
                md + ": hợp lệ",
                html + ":3: status: trạng thái là 'draft': bài chưa được duyệt, không xuất bản;"
                        + " khi bài đã được duyệt, hãy ghi status: approved",
                upper + ": hợp lệ",
                "Đã kiểm tra 3 tệp: 2 hợp lệ, 1 có lỗi");
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void emptyFolder_checksNothingAndSucceeds() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("empty"));

        Workspace.Result result = loa.run("check", folder.toString());

        assertThat(result.lines()).containsExactly("Đã kiểm tra 0 tệp: 0 hợp lệ, 0 có lỗi");
        assertThat(result.exit()).isZero();
    }

    @Test
    void noArguments_isAUserError() {
        Workspace.Result result = loa.run("check");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("FILE");
    }

    @Test
    void unknownOption_isAUserError() {
        Workspace.Result result = loa.run("check", "--strict", "a.md");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("--strict");
    }

    @Test
    void unknownCommand_isAUserError() {
        Workspace.Result result = loa.run("chek", "a.md");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("chek");
    }

    @Test
    void legacyEncodedFile_isOk_withANoteThatItWasConverted() throws Exception {
        Path file = Files.write(tmp.resolve("tin.md"), Files.readAllBytes(Path.of("src/test/resources/content/legacy-tcvn3.md")));

        Workspace.Result result = loa.run("check", file.toString());

        assertThat(result.lines()).containsExactly(
                file + ": đã chuyển từ mã TCVN3 (ABC) sang Unicode",
                file + ": hợp lệ",
                "Đã kiểm tra 1 tệp: 1 hợp lệ, 0 có lỗi");
        assertThat(result.exit()).isZero();
    }

    @Test
    void legacyEncodedFileWithAProblem_getsTheNoteAndTheProblem() throws Exception {
        byte[] vni = Files.readAllBytes(Path.of("src/test/resources/content/legacy-vni.md"));
        String latin1 = new String(vni, java.nio.charset.StandardCharsets.ISO_8859_1).replace("units: [bnv]", "units: [bo-khong-co]");
        Path file = Files.write(tmp.resolve("tin.md"), latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        Workspace.Result result = loa.run("check", file.toString());

        assertThat(result.lines()).containsExactly(
                file + ": đã chuyển từ mã VNI-Windows sang Unicode",
                file + ":5: units: đơn vị 'bo-khong-co' không có trong loa.yaml (hiện có: bnv, so-noi-vu-hn)",
                "Đã kiểm tra 1 tệp: 0 hợp lệ, 1 có lỗi");
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void fileOfUnknownEncoding_isAProblemNamingTheLikelyEncodings() throws Exception {
        Path file = Files.write(tmp.resolve("tin.md"), Files.readAllBytes(Path.of("src/test/resources/content/legacy-ambiguous.md")));

        Workspace.Result result = loa.run("check", file.toString());

        assertThat(result.lines()).hasSize(2);
        assertThat(result.lines().get(0)).startsWith(file + ":0: file: không phải UTF-8, và không chắc là bảng mã nào:"
                + " có thể là Windows-1258 — 100% số từ đọc được hoặc TCVN3 (ABC)");
        assertThat(result.exit()).isEqualTo(1);
    }
}
