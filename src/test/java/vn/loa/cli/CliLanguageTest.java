package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import vn.loa.i18n.Messages;

/**
 * The command line in Vietnamese by default and in English with {@code LOA_LANG=en} or {@code site.language: en}
 * ({@code LOA_LANG} wins): {@code check} and {@code publish} with their summaries, {@code log}, the errors of a
 * broken {@code loa.yaml}, {@code --help} and the errors of a command line that cannot be read (by {@code LOA_LANG}
 * alone: no configuration is read for them). Problems keep their {@code FILE:LINE: field:} prefix in both.
 */
class CliLanguageTest {

    private static final Map<String, String> ENGLISH = Map.of("LOA_LANG", "en");

    @TempDir
    Path tmp;

    @AfterEach
    void theCallersLanguageIsKept() {
        assertThat(Messages.current().language()).isEqualTo("vi");
    }

    private record Files(Path good, Path bad) {
    }

    private static Files files(Path dir) {
        return new Files(Workspace.write(dir.resolve("drop/tin-tot.md"), Workspace.article("tin-tot", "Tin tốt", "bnv")),
                Workspace.write(dir.resolve("drop/tin-sai.md"), Workspace.article("tin-sai", "Tin sai", "bnv2")));
    }

    @Test
    void check_isVietnameseByDefault() {
        Workspace loa = new Workspace(tmp);
        Files f = files(tmp);

        assertThat(loa.run("check", f.good().toString(), f.bad().toString()).lines()).containsExactly(
                f.good() + ": hợp lệ",
                f.bad() + ":6: units: đơn vị 'bnv2' không có trong loa.yaml; có phải 'bnv'? (hiện có: bnv, so-noi-vu-hn)",
                "Đã kiểm tra 2 tệp: 1 hợp lệ, 1 có lỗi");
    }

    @Test
    void check_isEnglishWithLoaLang_orWithTheSiteLanguage() {
        Files f = files(tmp);
        List<String> english = List.of(
                f.good() + ": ok",
                f.bad() + ":6: units: unknown unit 'bnv2' (did you mean 'bnv'? known: bnv, so-noi-vu-hn)",
                "2 checked, 1 ok, 1 with problems");

        assertThat(new Workspace(tmp.resolve("env")).runIn(ENGLISH, "check", f.good().toString(), f.bad().toString())
                .lines()).isEqualTo(english);
        assertThat(new Workspace(tmp.resolve("site"), "en").run("check", f.good().toString(), f.bad().toString())
                .lines()).isEqualTo(english);
    }

    @Test
    void loaLang_winsOverTheSiteLanguage() {
        Files f = files(tmp);

        assertThat(new Workspace(tmp, "en").runIn(Map.of("LOA_LANG", "vi"), "check", f.good().toString()).lines())
                .containsExactly(f.good() + ": hợp lệ", "Đã kiểm tra 1 tệp: 1 hợp lệ, 0 có lỗi");
    }

    @Test
    void publishSummary_andLog_inVietnamese() {
        Workspace loa = new Workspace(tmp);
        Files f = files(tmp);

        Workspace.Result published = loa.run("publish", f.good().toString(), f.bad().toString());

        assertThat(published.exit()).isEqualTo(1);
        List<String> lines = published.lines();
        assertThat(lines.get(0)).matches("TỆP +KẾT QUẢ +MÃ BÀI +ĐÃ GỬI");
        assertThat(lines).anyMatch(l -> l.matches("tin-tot\\.md +đã xuất bản +tin-tot +feed 1, email 0, chat 1"))
                .anyMatch(l -> l.matches("tin-sai\\.md +bị từ chối"))
                .anyMatch(l -> l.matches(" +tin-sai\\.md:6: units: đơn vị 'bnv2' không có trong loa\\.yaml; có phải 'bnv'\\? .*"))
                .contains("Bài: 1 đã xuất bản, 1 bị từ chối", "Lượt gửi qua feed: 1 đã gửi", "Lượt gửi qua chat: 1 đã gửi",
                        "Hộp thư đi:  " + loa.content.resolve("outbox"), "Nhật ký gửi: java -jar target/loa.jar log");
        assertThat(loa.run("log").lines()).last().isEqualTo("2 lượt gửi");
        assertThat(loa.run("retry").out()).isEqualTo("Đã xếp lại 0 lượt gửi (các lượt lỗi)" + System.lineSeparator());
    }

    @Test
    void publishSummary_andLog_inEnglish() {
        Workspace loa = new Workspace(tmp);
        Files f = files(tmp);

        Workspace.Result published = loa.runIn(ENGLISH, "publish", f.good().toString(), f.bad().toString());

        assertThat(published.exit()).isEqualTo(1);
        List<String> lines = published.lines();
        assertThat(lines.get(0)).matches("FILE +RESULT +ID +SENT");
        assertThat(lines).anyMatch(l -> l.matches("tin-tot\\.md +published +tin-tot +feed 1, email 0, chat 1"))
                .anyMatch(l -> l.matches("tin-sai\\.md +rejected"))
                .anyMatch(l -> l.matches(" +tin-sai\\.md:6: units: unknown unit 'bnv2' \\(did you mean 'bnv'\\? .*"))
                .contains("items: [1 published, 1 rejected]", "deliveries (feed): [1 sent]", "deliveries (chat): [1 sent]",
                        "outbox: " + loa.content.resolve("outbox"));
        assertThat(loa.runIn(ENGLISH, "log").lines()).last().isEqualTo("2 deliveries");
        assertThat(loa.runIn(ENGLISH, "log", "--limit", "1").lines()).last().isEqualTo("1 delivery");
        assertThat(loa.runIn(ENGLISH, "retry").out()).isEqualTo("0 deliveries queued again (failed)" + System.lineSeparator());
    }

    @Test
    void help_andUsageErrors_followLoaLang() {
        Workspace loa = new Workspace(tmp);

        assertThat(loa.runWithout("check", "--help").out()).startsWith("Cách dùng: loa check ")
                .contains("Kiểm tra các tệp bài", "tệp cấu hình (mặc định: $LOA_CONFIG", "In hướng dẫn này rồi thoát.");
        assertThat(loa.runWithout(ENGLISH, "check", "--help").out()).startsWith("Usage: loa check ")
                .contains("Validate content files", "configuration file (default: $LOA_CONFIG", "Show this help message");
        Workspace.Result missing = loa.runWithout("check");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("loa: thiếu tham số bắt buộc: 'FILE'" + System.lineSeparator() + "Cách dùng: ");
        assertThat(loa.runWithout(ENGLISH, "check").err()).startsWith("loa: Missing required parameter: 'FILE'");
        assertThat(loa.runWithout("check", "--strict", "a.md").err()).startsWith("loa: không có tùy chọn --strict");
        assertThat(loa.runWithout("chek").err()).isEqualTo("loa: không hiểu tham số: chek" + System.lineSeparator()
                + "Có phải: check?" + System.lineSeparator());
    }

    @Test
    void everyCommandOptionAndParameter_hasItsHelpInBothLanguages() {
        for (String language : List.of("vi", "en")) {
            HelpTexts help = new HelpTexts(Messages.of(language));
            assertHelp(new CommandLine(new LoaCommand()).getCommandSpec(), help, language);
        }
    }

    private static void assertHelp(CommandSpec command, HelpTexts help, String language) {
        String name = command.qualifiedName(".");
        assertThat(help.containsKey(name + ".usage.description")).as(language + ": " + name).isTrue();
        for (OptionSpec option : command.options()) {
            String key = option.descriptionKey().isEmpty() ? option.longestName().replaceFirst("^-+", "") : option.descriptionKey();
            assertThat(help.containsKey(name + "." + key) || help.containsKey(key)).as(language + ": " + name + " " + key).isTrue();
        }
        for (PositionalParamSpec parameter : command.positionalParameters()) {
            String key = parameter.paramLabel() + "[" + parameter.index() + "]";
            assertThat(help.containsKey(name + "." + key)).as(language + ": " + name + " " + key).isTrue();
        }
        command.subcommands().values().forEach(sub -> assertHelp(sub.getCommandSpec(), help, language));
    }

    @Test
    void brokenConfiguration_isReportedInTheLanguageItAsksFor() {
        Path vi = Workspace.write(tmp.resolve("vi.yaml"), "site:\n  timezone: Asia/Ha_Noi\n");
        Path en = Workspace.write(tmp.resolve("en.yaml"), "site:\n  language: en\n  timezone: Asia/Ha_Noi\n");
        Workspace loa = new Workspace(tmp);

        assertThat(loa.runWithout("--config", vi.toString(), "check", "x.md").err()).isEqualTo("loa: " + vi
                + ":2: site.timezone: múi giờ 'Asia/Ha_Noi' không tồn tại (ví dụ Asia/Ho_Chi_Minh)" + System.lineSeparator());
        assertThat(loa.runWithout("--config", en.toString(), "check", "x.md").err()).isEqualTo("loa: " + en
                + ":3: site.timezone: unknown time zone 'Asia/Ha_Noi' (e.g. Asia/Ho_Chi_Minh)" + System.lineSeparator());
        assertThat(loa.runWithout(ENGLISH, "--config", vi.toString(), "check", "x.md").err()).isEqualTo("loa: " + vi
                + ":2: site.timezone: unknown time zone 'Asia/Ha_Noi' (e.g. Asia/Ho_Chi_Minh)" + System.lineSeparator());
    }
}
