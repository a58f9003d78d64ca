package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loa correct FILE} and {@code loa withdraw ID} through the real routes, as {@code publish} runs them. */
@Tag("store")
class CorrectAndWithdrawCommandTest {

    @TempDir
    Path tmp;

    @Test
    void correctThenWithdraw_feedUpdatedInPlaceThenEmptied_andTheSummarySaysSo() throws Exception {
        Workspace loa = new Workspace(tmp);
        Path drop = tmp.resolve("drop");
        String original = Workspace.article("so-lieu", "Bộ Nội vụ công bố số liệu cải cách", "bnv");
        assertThat(loa.run("publish", Workspace.write(drop.resolve("so-lieu.md"), original).toString()).exit())
                .isZero();

        Path plain = Workspace.write(drop.resolve("so-lieu-sua.md"), original.replace("---\n\n", "---\n\nĐã sửa. "));
        Workspace.Result refused = loa.run("correct", plain.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("không có ghi chú đính chính");

        Path corrected = Workspace.write(drop.resolve("so-lieu-dinh-chinh.md"), original
                .replace("status: approved\n", "status: approved\ncorrection: \"Số đúng là 120\"\n")
                .replace("---\n\n", "---\n\nĐã đính chính. "));
        Workspace.Result correct = loa.run("correct", corrected.toString());
        assertThat(correct.exit()).as(correct.out() + correct.err()).isZero();
        assertThat(correct.out()).contains("1 đã đính chính");
        Path rss = tmp.resolve("content/public/feeds/bnv/rss.xml");
        assertThat(Files.readString(rss)).contains("Đính chính: Số đúng là 120");

        Workspace.Result withdraw = loa.run("withdraw", "so-lieu", "--reason", "Số liệu chưa được phép công bố",
                "--approved-by", "Nguyễn Văn An");
        assertThat(withdraw.exit()).as(withdraw.out() + withdraw.err()).isZero();
        assertThat(withdraw.out()).contains("1 đã gỡ");
        assertThat(Files.readString(rss)).doesNotContain("so-lieu");

        // the outbox chat of bnv was sent the item, then its correction and withdrawal: the log shows each kind
        Workspace.Result log = loa.run("log", "--content", "so-lieu", "--channel", "chat");
        assertThat(log.lines().get(0)).contains("LOẠI");
        assertThat(log.lines()).anyMatch(l -> l.contains(" đăng ")).anyMatch(l -> l.contains(" đính chính "))
                .anyMatch(l -> l.contains(" gỡ bài "));
    }
}
