package vn.loa.subscriber;

import vn.loa.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.MailList;
import vn.loa.config.Storage;
import vn.loa.storage.Database;
import vn.loa.testing.MutableClock;

/** Importing and exporting subscriber files, on the fixtures of {@code src/test/resources/subscribers/}. */
@Tag("store")
class CsvImportTest {

    static final MailList LIST = new MailList("lanh-dao", "Lãnh đạo", null, true, null);
    static final MailList OTHER = new MailList("can-bo", "Cán bộ", null, true, null);

    @TempDir
    Path tmp;

    Database db;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-20T01:00:00Z"));
    Subscribers subscribers;
    CsvImport importer;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
        subscribers = new Subscribers(db, clock);
        importer = new CsvImport(subscribers);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Path fixture(String name) {
        try {
            return Path.of(CsvImportTest.class.getResource("/subscribers/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Dung unsubscribed through the web before the unit sends its file. */
    private void dungUnsubscribedEarlier() {
        subscribers.subscribe(LIST, "dung.pham@moha.gov.vn", "Phạm Thị Dung",
                Consent.web(Consent.Action.SUBSCRIBE, "Tôi đồng ý nhận bản tin.", "203.0.113.7"));
        subscribers.unsubscribe(LIST, "dung.pham@moha.gov.vn", Consent.oneClick("203.0.113.7"));
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void bomFileWithEveryKindOfRow_reportsEachWithItsLine() {
        dungUnsubscribedEarlier();

        ImportReport report = importer.run(LIST, fixture("lanh-dao-bom.csv"));

        assertThat(report.added()).isEqualTo(2);
        assertThat(report.updated()).isZero();
        assertThat(report.unchanged()).isZero();
        assertThat(report.invalid()).containsExactly(
                new RowProblem(3, "khong-hop-le", "địa chỉ 'khong-hop-le' không hợp lệ: thiếu dấu @"));
        assertThat(report.duplicates()).containsExactly(
                new RowProblem(4, "AN.NGUYEN@MOHA.GOV.VN", "'AN.NGUYEN@MOHA.GOV.VN' trùng với dòng 2"));
        assertThat(report.notResubscribed()).containsExactly(new RowProblem(6, "dung.pham@moha.gov.vn",
                "'dung.pham@moha.gov.vn' đã ở trạng thái unsubscribed từ trước; không đăng ký lại"));
        assertThat(subscribers.isConfirmed(LIST, "dung.pham@moha.gov.vn")).isFalse();
    }

    @Test
    void importedMembers_areConfirmedWithAttributesAndAConsentRowEach() {
        importer.run(LIST, fixture("lanh-dao-bom.csv"));

        Subscriber an = subscribers.find(LIST, "an.nguyen@moha.gov.vn").orElseThrow();
        assertThat(an.status()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(an.name()).isEqualTo("Nguyễn Văn An");
        assertThat(an.attributes()).containsExactly(Map.entry("don_vi", "Vụ Cải cách hành chính"), Map.entry("chuc_vu", "Vụ trưởng"));
        Subscriber cuong = subscribers.find(LIST, "cuong.le@cục-thuế.vn").orElseThrow();
        assertThat(cuong.address()).isEqualTo("cuong.le@xn--cc-thu-1i8bxl.vn");
        assertThat(cuong.name()).as("NFC").isEqualTo("Lê Văn Cường");
        assertThat(cuong.attributes()).containsEntry("don_vi", "Cục Thuế, Bộ Tài chính");
        assertThat(subscribers.consents(LIST, "cuong.le@cục-thuế.vn"))
                .extracting(r -> r.consent().action(), r -> r.consent().source(), r -> r.consent().evidence(), ConsentRecord::status)
                .containsExactly(tuple(Consent.Action.IMPORT, Consent.Source.IMPORT, "lanh-dao-bom.csv line 5", SubscriberStatus.CONFIRMED));
    }

    @Test
    void sameFileAgain_changesNothing() {
        dungUnsubscribedEarlier();
        importer.run(LIST, fixture("lanh-dao-bom.csv"));

        ImportReport again = importer.run(LIST, fixture("lanh-dao-bom.csv"));

        assertThat(List.of(again.added(), again.updated(), again.unchanged())).containsExactly(0, 0, 2);
        assertThat(again.invalid()).extracting(RowProblem::line).containsExactly(3L);
        assertThat(again.duplicates()).extracting(RowProblem::line).containsExactly(4L);
        assertThat(again.notResubscribed()).extracting(RowProblem::line).containsExactly(6L);
        assertThat(subscribers.consents(LIST, "an.nguyen@moha.gov.vn")).hasSize(1);
    }

    @Test
    void changedNameOrAttribute_isUpdated_andBlankCellsKeepWhatIsStored() throws IOException {
        importer.run(LIST, fixture("lanh-dao-bom.csv"));
        Path changed = write("doi-chuc-vu.csv", """
                email,name,don_vi,chuc_vu,so_dien_thoai
                an.nguyen@moha.gov.vn,,,Thứ trưởng,
                cuong.le@xn--cc-thu-1i8bxl.vn,Lê Văn Cường,"Cục Thuế, Bộ Tài chính",Phó Cục trưởng,
                """);

        ImportReport report = importer.run(LIST, changed);

        assertThat(List.of(report.added(), report.updated(), report.unchanged())).containsExactly(0, 1, 1);
        Subscriber an = subscribers.find(LIST, "an.nguyen@moha.gov.vn").orElseThrow();
        assertThat(an.name()).isEqualTo("Nguyễn Văn An");
        assertThat(an.attributes()).containsExactly(Map.entry("don_vi", "Vụ Cải cách hành chính"), Map.entry("chuc_vu", "Thứ trưởng"));
    }

    @Test
    void pendingMember_inAFile_becomesConfirmed() throws IOException {
        subscribers.subscribe(LIST, "an.nguyen@moha.gov.vn", null, Consent.web(Consent.Action.SUBSCRIBE, "…", "203.0.113.7"));

        ImportReport report = importer.run(LIST, write("mot-dong.csv", "email\nan.nguyen@moha.gov.vn\n"));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(subscribers.isConfirmed(LIST, "an.nguyen@moha.gov.vn")).isTrue();
    }

    @Test
    void export_writesEveryMemberWithStatusAttributesAndCreation() {
        dungUnsubscribedEarlier();
        importer.run(LIST, fixture("lanh-dao-bom.csv"));

        assertThat(export(LIST)).isEqualTo("""
                email,name,status,don_vi,chuc_vu,created_at
                dung.pham@moha.gov.vn,Phạm Thị Dung,unsubscribed,,,2026-11-20T01:00:00.000Z
                an.nguyen@moha.gov.vn,Nguyễn Văn An,confirmed,Vụ Cải cách hành chính,Vụ trưởng,2026-11-20T02:00:00.000Z
                cuong.le@xn--cc-thu-1i8bxl.vn,Lê Văn Cường,confirmed,"Cục Thuế, Bộ Tài chính",Phó Cục trưởng,2026-11-20T02:00:00.000Z
                """);
    }

    @Test
    void exportImportedAgain_roundTrips_andKeepsTheUnsubscribedOut() throws IOException {
        dungUnsubscribedEarlier();
        importer.run(LIST, fixture("lanh-dao-bom.csv"));
        String exported = export(LIST);
        Path file = write("lanh-dao-export.csv", exported);

        ImportReport same = importer.run(LIST, file);
        ImportReport other = importer.run(OTHER, file);

        assertThat(List.of(same.added(), same.updated(), same.unchanged())).containsExactly(0, 0, 2);
        assertThat(export(LIST)).isEqualTo(exported);
        assertThat(List.of(other.added(), other.updated(), other.unchanged())).containsExactly(2, 0, 0);
        assertThat(other.notResubscribed()).containsExactly(new RowProblem(2, "dung.pham@moha.gov.vn",
                "'dung.pham@moha.gov.vn' có trạng thái unsubscribed trong tệp; không đăng ký"));
        assertThat(export(OTHER).lines().skip(1)).containsExactlyElementsOf(exported.lines().skip(2).toList());
    }

    @Test
    void raggedRows_blankRowsAndMultilineNames_areReadWithTheirStartLine() {
        ImportReport report = importer.run(LIST, fixture("ragged-and-blank.csv"));

        assertThat(report.added()).isEqualTo(3);
        assertThat(report.invalid()).containsExactly(new RowProblem(8, "duong@moha.gov.vn",
                "dòng có 2 cột trong khi dòng tiêu đề có 4 (hãy đặt giá trị có dấu phân cách trong dấu nháy kép)"));
        assertThat(subscribers.find(LIST, "cuong.le@moha.gov.vn").orElseThrow().name()).isEqualTo("Lê Văn Cường");
        assertThat(subscribers.consents(LIST, "cuong.le@moha.gov.vn").get(0).consent().evidence())
                .isEqualTo("ragged-and-blank.csv line 6");
        assertThat(subscribers.find(LIST, "binh.tran@moha.gov.vn").orElseThrow().attributes())
                .containsExactly(Map.entry("don_vi", "Văn phòng Bộ"));
    }

    @Test
    void semicolonSeparatedFile_isRead() {
        ImportReport report = importer.run(LIST, fixture("semicolons.csv"));

        assertThat(report.added()).isEqualTo(1);
        assertThat(subscribers.find(LIST, "an.nguyen@moha.gov.vn").orElseThrow().attributes())
                .containsExactly(Map.entry("don_vi", "Vụ Cải cách hành chính, Bộ Nội vụ"));
    }

    @Test
    void fileWithoutEmailColumn_isRefusedWithItsHeader() {
        Path file = fixture("no-email-column.csv");

        assertThatThrownBy(() -> importer.run(LIST, file))
                .isInstanceOf(SubscriberFileException.class)
                .hasMessage(file + ":1: không có cột 'email'; dòng tiêu đề hiện là: ho_ten,thu_dien_tu"
                        + " (dòng đầu tiên phải ghi tên các cột, ví dụ email,name)");
    }

    @Test
    void fileNotInUtf8_isRefusedAtTheLineBeforeAnythingIsImported() {
        Path file = fixture("windows-1258.csv");

        assertThatThrownBy(() -> importer.run(LIST, file))
                .isInstanceOf(SubscriberFileException.class)
                .hasMessage(file + ":3: không phải bảng mã UTF-8; hãy lưu tệp dưới dạng \"CSV UTF-8\" rồi nhập lại");
        assertThat(subscribers.find(LIST, "an.nguyen@moha.gov.vn")).isEmpty();
    }

    @Test
    void missingEmptyOrTwiceNamedColumns_areRefused() throws IOException {
        Path missing = tmp.resolve("khong-co.csv");
        Path empty = write("rong.csv", "");
        Path twice = write("hai-lan.csv", "email,name,Email\n");
        Path unterminated = write("ngoac-kep.csv", "email,name\nan.nguyen@moha.gov.vn,\"Nguyễn Văn An\n");

        assertThatThrownBy(() -> importer.run(LIST, missing)).hasMessage(missing + ": không tìm thấy tệp");
        assertThatThrownBy(() -> importer.run(LIST, empty))
                .hasMessage(empty + ": tệp trống; dòng đầu tiên phải ghi tên các cột, ví dụ email,name");
        assertThatThrownBy(() -> importer.run(LIST, twice))
                .hasMessage(twice + ":1: cột 'Email' xuất hiện hai lần ở dòng tiêu đề");
        assertThatThrownBy(() -> importer.run(LIST, unterminated))
                .isInstanceOf(SubscriberFileException.class).hasMessageStartingWith(unterminated + ":");
    }

    @Test
    void unknownStatusOrOverlongName_isInvalid() throws IOException {
        Path file = write("trang-thai.csv", "email,name,status\na@moha.gov.vn,,da-dang-ky\nb@moha.gov.vn," + "A".repeat(201) + ",\n");

        ImportReport report = importer.run(LIST, file);

        assertThat(report.invalid()).extracting(RowProblem::line, RowProblem::reason).containsExactly(
                tuple(2L, "trạng thái 'da-dang-ky' không hợp lệ (confirmed, pending, unsubscribed hoặc bounced)"),
                tuple(3L, "họ tên dài quá 200 ký tự"));
    }

    @Test
    void zaloList_readsUserIds() throws IOException {
        MailList zalo = new MailList("zalo-bnv-followers", "Người quan tâm", null, false, "zalo");
        Path file = write("zalo.csv", "user_id,name,email\n8412345678901234567,Nguyễn Văn An,an.nguyen@moha.gov.vn\nan.nguyen,,\n");

        ImportReport report = importer.run(zalo, file);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.invalid()).extracting(RowProblem::reason)
                .containsExactly("mã người dùng 'an.nguyen' không hợp lệ: mã người dùng Zalo gồm từ 1 đến 32 chữ số");
        assertThat(subscribers.find(zalo, "8412345678901234567").orElseThrow().attributes())
                .containsExactly(Map.entry("email", "an.nguyen@moha.gov.vn"));
        assertThat(export(zalo)).startsWith("user_id,name,status,email,created_at\n");
    }

    @Test
    void largeFile_isImportedInSeveralTransactions() throws IOException {
        StringBuilder csv = new StringBuilder("email,name\n");
        int rows = CsvImport.CHUNK * 2 + 3;
        for (int i = 0; i < rows; i++) {
            csv.append("can-bo-").append(i).append("@moha.gov.vn,Cán bộ ").append(i).append('\n');
        }

        ImportReport report = importer.run(LIST, write("lon.csv", csv.toString()));

        assertThat(report.added()).isEqualTo(rows);
        assertThat(subscribers.consents(LIST, "can-bo-" + (rows - 1) + "@moha.gov.vn").get(0).consent().evidence())
                .isEqualTo("lon.csv line " + (rows + 1));
    }

    private String export(MailList list) {
        StringBuilder out = new StringBuilder();
        new CsvExport(subscribers).write(list, out);
        return out.toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }
}
