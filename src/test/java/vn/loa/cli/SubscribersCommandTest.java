package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loa subscribers import|export|add|remove} on a workspace with an email list and a zalo list. */
@Tag("store")
class SubscribersCommandTest {

    @TempDir
    Path tmp;

    Workspace loa;

    @BeforeEach
    void workspace() throws IOException {
        loa = new Workspace(tmp);
        Files.writeString(loa.config, """
                lists:
                  - id: lanh-dao
                    name: "Lãnh đạo Bộ"
                    from: "Bản tin CCHC <bantin@moha.gov.vn>"
                  - id: zalo-bnv-followers
                    kind: zalo
                """, StandardOpenOption.APPEND);
    }

    static Path fixture(String name) {
        try {
            return Path.of(SubscribersCommandTest.class.getResource("/subscribers/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void import_printsEveryRowNotImportedWithItsLine_thenTheCounts() {
        loa.run("subscribers", "add", "lanh-dao", "dung.pham@moha.gov.vn");
        loa.run("subscribers", "remove", "lanh-dao", "dung.pham@moha.gov.vn");
        Path file = fixture("lanh-dao-bom.csv");

        Workspace.Result result = loa.run("subscribers", "import", "lanh-dao", file.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.lines()).containsExactly(
                file + ":3: địa chỉ 'khong-hop-le' không hợp lệ: thiếu dấu @",
                file + ":4: 'AN.NGUYEN@MOHA.GOV.VN' trùng với dòng 2",
                file + ":6: 'dung.pham@moha.gov.vn' đã ở trạng thái unsubscribed từ trước; không đăng ký lại",
                "Đã nhập " + file + " vào lanh-dao: 2 thêm mới, 0 cập nhật, 0 không đổi, 1 không hợp lệ, 1 trùng lặp,"
                        + " 1 không đăng ký lại");
    }

    @Test
    void importTwice_reportsUnchanged() {
        Path file = fixture("lanh-dao-bom.csv");
        loa.run("subscribers", "import", "lanh-dao", file.toString());

        Workspace.Result again = loa.run("subscribers", "import", "lanh-dao", file.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.lines()).last().isEqualTo("Đã nhập " + file
                + " vào lanh-dao: 0 thêm mới, 0 cập nhật, 3 không đổi, 1 không hợp lệ, 1 trùng lặp, 0 không đăng ký lại");
    }

    @Test
    void import_ofAMissingFileOrOneWithoutEmailColumn_exitsOne() {
        Path missing = tmp.resolve("khong-co.csv");
        Path noEmail = fixture("no-email-column.csv");

        Workspace.Result first = loa.run("subscribers", "import", "lanh-dao", missing.toString());
        Workspace.Result second = loa.run("subscribers", "import", "lanh-dao", noEmail.toString());

        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.err()).isEqualTo("loa: " + missing + ": không tìm thấy tệp\n");
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).isEqualTo("loa: " + noEmail + ":1: không có cột 'email'; dòng tiêu đề hiện là: ho_ten,thu_dien_tu"
                + " (dòng đầu tiên phải ghi tên các cột, ví dụ email,name)\n");
    }

    @Test
    void unknownList_exitsOneNamingTheKnownLists() {
        Workspace.Result result = loa.run("subscribers", "export", "lanh-dao-cu");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("loa: danh sách 'lanh-dao-cu' không có trong cấu hình (hiện có: lanh-dao, zalo-bnv-followers)\n");
    }

    @Test
    void add_ofAnInvalidAddress_exitsOneWithTheReason() {
        Workspace.Result result = loa.run("subscribers", "add", "lanh-dao", "an.nguyen@moha..gov.vn");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("loa: địa chỉ 'an.nguyen@moha..gov.vn' không hợp lệ: "
                + "tên miền có phần trống (dấu chấm ở đầu, ở cuối hoặc hai dấu chấm liền nhau)\n");
    }

    @Test
    void addRemoveAndExport_throughTheCommandLine() {
        Workspace.Result added = loa.run("subscribers", "add", "lanh-dao", "An.Nguyen@Cục-Thuế.vn", "--name", "Nguyễn Văn An");
        Workspace.Result again = loa.run("subscribers", "add", "lanh-dao", "an.nguyen@xn--cc-thu-1i8bxl.vn");
        Workspace.Result binh = loa.run("subscribers", "add", "lanh-dao", "binh.tran@moha.gov.vn");
        Workspace.Result removed = loa.run("subscribers", "remove", "lanh-dao", "BINH.TRAN@moha.gov.vn");
        Workspace.Result removedAgain = loa.run("subscribers", "remove", "lanh-dao", "binh.tran@moha.gov.vn");
        Workspace.Result stranger = loa.run("subscribers", "remove", "lanh-dao", "nobody@moha.gov.vn");
        Workspace.Result exported = loa.run("subscribers", "export", "lanh-dao");

        assertThat(added.out()).isEqualTo("Đã thêm an.nguyen@xn--cc-thu-1i8bxl.vn vào lanh-dao\n");
        assertThat(again.out()).isEqualTo("an.nguyen@xn--cc-thu-1i8bxl.vn đã có trong lanh-dao\n");
        assertThat(binh.exit()).isZero();
        assertThat(removed.out()).isEqualTo("Đã gỡ binh.tran@moha.gov.vn khỏi lanh-dao"
                + " (lưu ở trạng thái đã hủy đăng ký, để lần nhập sau không thêm lại)\n");
        assertThat(removedAgain.exit()).isZero();
        assertThat(removedAgain.out()).isEqualTo("binh.tran@moha.gov.vn đã được gỡ khỏi lanh-dao từ trước\n");
        assertThat(stranger.exit()).isEqualTo(1);
        assertThat(stranger.err()).isEqualTo("loa: nobody@moha.gov.vn không có trong lanh-dao\n");
        assertThat(exported.exit()).isZero();
        assertThat(exported.lines()).hasSize(3);
        assertThat(exported.lines().get(0)).isEqualTo("email,name,status,created_at");
        assertThat(exported.lines().get(1)).startsWith("an.nguyen@xn--cc-thu-1i8bxl.vn,Nguyễn Văn An,confirmed,");
        assertThat(exported.lines().get(2)).startsWith("binh.tran@moha.gov.vn,,unsubscribed,");
    }

    @Test
    void add_afterAnOperatorRemoval_isAllowed() {
        loa.run("subscribers", "add", "lanh-dao", "an.nguyen@moha.gov.vn");
        loa.run("subscribers", "remove", "lanh-dao", "an.nguyen@moha.gov.vn");

        Workspace.Result result = loa.run("subscribers", "add", "lanh-dao", "an.nguyen@moha.gov.vn");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("Đã cập nhật an.nguyen@moha.gov.vn trong lanh-dao (đã xác nhận)\n");
    }

    @Test
    void zaloList_takesUserIds() {
        Workspace.Result ok = loa.run("subscribers", "add", "zalo-bnv-followers", "8412345678901234567");
        Workspace.Result email = loa.run("subscribers", "add", "zalo-bnv-followers", "an.nguyen@moha.gov.vn");

        assertThat(ok.out()).isEqualTo("Đã thêm 8412345678901234567 vào zalo-bnv-followers\n");
        assertThat(email.exit()).isEqualTo(1);
        assertThat(email.err()).isEqualTo("loa: địa chỉ 'an.nguyen@moha.gov.vn' không hợp lệ: mã người dùng Zalo gồm từ 1 đến 32 chữ số\n");
    }

    @Test
    void subscribersWithoutSubcommandOrArguments_isAUserError() {
        assertThat(loa.run("subscribers").exit()).isEqualTo(1);
        assertThat(loa.run("subscribers", "import", "lanh-dao").exit()).isEqualTo(1);
        assertThat(loa.run("subscribers", "add", "--help").out()).contains("--name");
    }
}
