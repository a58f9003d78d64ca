package vn.loa.subscriber;

import vn.loa.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.config.MailList;
import vn.loa.config.Storage;
import vn.loa.storage.Database;
import vn.loa.testing.MutableClock;

/** Members and their consent history on a real SQLite file. */
@Tag("store")
class SubscribersTest {

    static final MailList DOUBLE_OPT_IN = new MailList("lanh-dao", "Lãnh đạo", null, true, null);
    static final MailList SINGLE_OPT_IN = new MailList("can-bo", "Cán bộ", null, false, null);
    static final MailList ZALO = new MailList("zalo-bnv-followers", "Người quan tâm", null, false, "zalo");
    static final String FORM = "Tôi đồng ý nhận bản tin cải cách hành chính qua thư điện tử.";
    static final String CLIENT = "203.0.113.7 Mozilla/5.0 (Windows NT 10.0)";

    @TempDir
    Path tmp;

    Database db;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-20T01:00:00Z"));
    Subscribers subscribers;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
        subscribers = new Subscribers(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void subscribeWithDoubleOptIn_isPendingUntilConfirmed() {
        SubscriberStatus status = subscribers.subscribe(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", "Nguyễn Văn An",
                Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));

        assertThat(status).isEqualTo(SubscriberStatus.PENDING);
        assertThat(subscribers.isConfirmed(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn")).isFalse();

        clock.advance(Duration.ofMinutes(3));
        assertThat(subscribers.confirm(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn",
                Consent.web(Consent.Action.CONFIRM, "GET /confirm", CLIENT))).isTrue();

        Subscriber an = subscribers.find(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn").orElseThrow();
        assertThat(an.status()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(an.name()).isEqualTo("Nguyễn Văn An");
        assertThat(an.createdAt()).isEqualTo(Instant.parse("2026-11-20T01:00:00Z"));
        assertThat(an.updatedAt()).isEqualTo(Instant.parse("2026-11-20T01:03:00Z"));
        assertThat(subscribers.isConfirmed(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn")).isTrue();
    }

    @Test
    void subscribeWithoutDoubleOptIn_isConfirmedAtOnce() {
        assertThat(subscribers.subscribe(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", null,
                Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT))).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(subscribers.isConfirmed(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn")).isTrue();
    }

    @Test
    void confirm_whenNotPending_changesNothing() {
        Consent confirm = Consent.web(Consent.Action.CONFIRM, "GET /confirm", CLIENT);
        assertThat(subscribers.confirm(DOUBLE_OPT_IN, "nobody@moha.gov.vn", confirm)).isFalse();

        subscribers.subscribe(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));
        assertThat(subscribers.confirm(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", confirm)).isTrue();
        assertThat(subscribers.confirm(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", confirm)).isFalse();

        subscribers.unsubscribe(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", Consent.oneClick(CLIENT));
        assertThat(subscribers.confirm(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", confirm)).isFalse();
        assertThat(subscribers.find(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn").orElseThrow().status())
                .isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(subscribers.consents(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn")).hasSize(3);
    }

    @Test
    void unsubscribe_twice_changesAndRecordsOnce() {
        subscribers.subscribe(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));

        assertThat(subscribers.unsubscribe(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", Consent.oneClick(CLIENT))).isTrue();
        assertThat(subscribers.unsubscribe(SINGLE_OPT_IN, "An.Nguyen@MOHA.gov.vn", Consent.oneClick(CLIENT))).isFalse();
        assertThat(subscribers.unsubscribe(SINGLE_OPT_IN, "nobody@moha.gov.vn", Consent.oneClick(CLIENT))).isFalse();

        assertThat(subscribers.isConfirmed(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn")).isFalse();
        assertThat(subscribers.consents(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn"))
                .extracting(r -> r.consent().action(), ConsentRecord::status)
                .containsExactly(tuple(Consent.Action.SUBSCRIBE, SubscriberStatus.CONFIRMED),
                        tuple(Consent.Action.UNSUBSCRIBE, SubscriberStatus.UNSUBSCRIBED));
        assertThat(subscribers.consents(SINGLE_OPT_IN, "nobody@moha.gov.vn")).isEmpty();
    }

    @Test
    void everyChange_recordsSourceEvidenceClientAndTime() {
        subscribers.subscribe(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));
        clock.advance(Duration.ofMinutes(5));
        subscribers.confirm(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", Consent.web(Consent.Action.CONFIRM, "GET /confirm", CLIENT));
        clock.advance(Duration.ofDays(30));
        subscribers.unsubscribe(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", Consent.oneClick("198.51.100.4 Gmail"));

        assertThat(subscribers.consents(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn"))
                .extracting(r -> r.consent().action().key(), r -> r.consent().source().key(), r -> r.consent().evidence(),
                        r -> r.consent().client(), r -> r.status().key(), r -> r.at().toString())
                .containsExactly(
                        tuple("subscribe", "web", FORM, CLIENT, "pending", "2026-11-20T01:00:00Z"),
                        tuple("confirm", "web", "GET /confirm", CLIENT, "confirmed", "2026-11-20T01:05:00Z"),
                        tuple("unsubscribe", "one-click", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                                "198.51.100.4 Gmail", "unsubscribed", "2026-12-20T01:05:00Z"));
    }

    @Test
    void webSubscribe_afterUnsubscribing_startsOverBecauseThePersonAsks() {
        subscribers.subscribe(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));
        subscribers.confirm(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", Consent.web(Consent.Action.CONFIRM, "GET /confirm", CLIENT));
        subscribers.unsubscribe(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", Consent.oneClick(CLIENT));

        assertThat(subscribers.subscribe(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn", null,
                Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT))).isEqualTo(SubscriberStatus.PENDING);
        assertThat(subscribers.consents(DOUBLE_OPT_IN, "an.nguyen@moha.gov.vn")).last()
                .extracting(ConsentRecord::status).isEqualTo(SubscriberStatus.PENDING);
    }

    @Test
    void subscribe_whenConfirmed_staysConfirmedWithoutANewRecord() {
        subscribers.subscribe(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));

        assertThat(subscribers.subscribe(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", "Nguyễn Văn An",
                Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT))).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(subscribers.find(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn").orElseThrow().name()).isEqualTo("Nguyễn Văn An");
        assertThat(subscribers.consents(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn")).hasSize(1);
    }

    @Test
    void addressesDifferingInCase_areOneMember() {
        subscribers.subscribe(SINGLE_OPT_IN, "  An.Nguyen@MOHA.gov.vn ", null, Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));

        assertThat(subscribers.add(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.cli(Consent.Action.ADD, "test")))
                .isEqualTo(MemberChange.UNCHANGED);
        assertThat(subscribers.find(SINGLE_OPT_IN, "AN.NGUYEN@moha.GOV.VN")).map(Subscriber::address)
                .contains("an.nguyen@moha.gov.vn");
        assertThat(count("subscribers")).isEqualTo(1);
    }

    @Test
    void internationalizedDomain_isStoredInAsciiAndFoundEitherWay() {
        subscribers.subscribe(SINGLE_OPT_IN, "Cuong.Le@Cục-Thuế.VN", "Lê Văn Cường", Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));

        assertThat(subscribers.find(SINGLE_OPT_IN, "cuong.le@xn--cc-thu-1i8bxl.vn")).map(Subscriber::address)
                .contains("cuong.le@xn--cc-thu-1i8bxl.vn");
        assertThat(subscribers.isConfirmed(SINGLE_OPT_IN, "cuong.le@cục-thuế.vn")).isTrue();
    }

    @Test
    void decomposedDomain_isTheSameAsComposed() {
        String nfd = Normalizer.normalize("cuong.le@cục-thuế.vn", Normalizer.Form.NFD);

        assertThat(AddressValidator.email(nfd).address()).isEqualTo("cuong.le@xn--cc-thu-1i8bxl.vn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "khong-hop-le | thiếu dấu @",
            "@moha.gov.vn | không có gì trước dấu @",
            "an@ | không có gì sau dấu @",
            "an@@moha.gov.vn | có nhiều hơn một dấu @",
            "an nguyen@moha.gov.vn | có dấu cách hoặc ký tự điều khiển",
            "an..nguyen@moha.gov.vn | có hai dấu chấm liền nhau trước @",
            ".an@moha.gov.vn | phần trước @ bắt đầu hoặc kết thúc bằng dấu chấm",
            "an(x)@moha.gov.vn | ký tự '(' không được dùng trước @",
            "nguyễn@moha.gov.vn | phần trước @ chỉ được dùng chữ không dấu, chữ số và ký hiệu ASCII",
            "an@localhost | tên miền 'localhost' không có dấu chấm (ví dụ example.vn)",
            "an@moha_gov.vn | phần 'moha_gov' của tên miền chỉ được có chữ, chữ số và dấu gạch ngang ở giữa",
            "an@-moha.vn | phần '-moha' của tên miền chỉ được có chữ, chữ số và dấu gạch ngang ở giữa",
            "an@moha..vn | tên miền có phần trống (dấu chấm ở đầu, ở cuối hoặc hai dấu chấm liền nhau)",
            "an@[192.0.2.1] | không nhận địa chỉ IP dạng […]; hãy ghi tên miền",
            "an@192.0.2.1 | đuôi tên miền '1' toàn chữ số",
            "<an@moha.gov.vn> | chỉ ghi địa chỉ, không kèm tên hay dấu < >",
    })
    void invalidAddress_hasAReason(String address, String reason) {
        AddressValidator.Result result = AddressValidator.email(address);

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(reason);
    }

    @Test
    void overlongParts_areInvalid() {
        assertThat(AddressValidator.email("a".repeat(65) + "@moha.gov.vn").reason())
                .isEqualTo("phần trước @ dài quá 64 ký tự");
        assertThat(AddressValidator.email("an@" + "a".repeat(64) + ".vn").reason())
                .isEqualTo("một phần của tên miền dài quá 63 ký tự");
        assertThat(AddressValidator.email("an@" + ("a".repeat(60) + ".").repeat(5) + "vn").reason())
                .isEqualTo("tên miền dài quá 255 ký tự");
        assertThat(AddressValidator.email("a".repeat(64) + "@" + ("a".repeat(62) + ".").repeat(4) + "vn").address()).hasSize(319);
    }

    @Test
    void invalidAddress_isRefusedWithTheValueAndReason() {
        assertThatThrownBy(() -> subscribers.subscribe(SINGLE_OPT_IN, "khong-hop-le", null,
                Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT)))
                .isInstanceOf(InvalidAddressException.class)
                .hasMessage("địa chỉ 'khong-hop-le' không hợp lệ: thiếu dấu @");
        assertThat(subscribers.find(SINGLE_OPT_IN, "khong-hop-le")).isEmpty();
        assertThat(count("subscribers")).isZero();
    }

    @Test
    void zaloList_holdsUserIdsNotAddresses() {
        assertThat(subscribers.add(ZALO, " 8412345678901234567 ", null, Consent.cli(Consent.Action.ADD, "test")))
                .isEqualTo(MemberChange.ADDED);
        assertThat(subscribers.isConfirmed(ZALO, "8412345678901234567")).isTrue();
        assertThatThrownBy(() -> subscribers.add(ZALO, "an@moha.gov.vn", null, Consent.cli(Consent.Action.ADD, "test")))
                .hasMessage("địa chỉ 'an@moha.gov.vn' không hợp lệ: mã người dùng Zalo gồm từ 1 đến 32 chữ số");
        assertThat(AddressValidator.zaloUserId("1".repeat(33)).valid()).isFalse();
    }

    @Test
    void hardBounces_reachingTheLimit_markTheAddressBounced() {
        subscribers.subscribe(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));

        assertThat(subscribers.recordHardBounce(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", "5.1.1 user unknown", 2))
                .contains(SubscriberStatus.CONFIRMED);
        assertThat(subscribers.recordHardBounce(SINGLE_OPT_IN, "An.Nguyen@moha.gov.vn", "5.1.1 user unknown", 2))
                .contains(SubscriberStatus.BOUNCED);

        Subscriber an = subscribers.find(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn").orElseThrow();
        assertThat(an.status()).isEqualTo(SubscriberStatus.BOUNCED);
        assertThat(an.hardBounces()).isEqualTo(2);
        assertThat(subscribers.consents(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn")).last()
                .extracting(r -> r.consent().source(), r -> r.consent().evidence(), ConsentRecord::status)
                .containsExactly(Consent.Source.BOUNCE, "5.1.1 user unknown", SubscriberStatus.BOUNCED);
    }

    @Test
    void hardBounce_ofAnUnknownOrUnsubscribedAddress_changesNoStatus() {
        assertThat(subscribers.recordHardBounce(SINGLE_OPT_IN, "nobody@moha.gov.vn", "5.1.1", 1)).isEqualTo(Optional.empty());

        subscribers.subscribe(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));
        subscribers.unsubscribe(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", Consent.oneClick(CLIENT));
        assertThat(subscribers.recordHardBounce(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", "5.1.1", 1))
                .contains(SubscriberStatus.UNSUBSCRIBED);
    }

    @Test
    void add_afterThePersonUnsubscribed_isRefused() {
        subscribers.subscribe(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));
        subscribers.unsubscribe(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", Consent.oneClick(CLIENT));

        assertThat(subscribers.add(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.cli(Consent.Action.ADD, "test")))
                .isEqualTo(MemberChange.NOT_RESUBSCRIBED);
        assertThat(subscribers.isConfirmed(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn")).isFalse();
    }

    @Test
    void add_afterAnOperatorRemoval_orABounce_reopens() {
        subscribers.add(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.cli(Consent.Action.ADD, "test"));
        assertThat(subscribers.remove(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", Consent.cli(Consent.Action.REMOVE, "test"))).isTrue();
        assertThat(subscribers.add(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.cli(Consent.Action.ADD, "test")))
                .isEqualTo(MemberChange.UPDATED);

        subscribers.recordHardBounce(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", "5.1.1", 1);
        assertThat(subscribers.add(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", null, Consent.cli(Consent.Action.ADD, "test")))
                .isEqualTo(MemberChange.UPDATED);
        Subscriber an = subscribers.find(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn").orElseThrow();
        assertThat(an.status()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(an.hardBounces()).isZero();
    }

    @Test
    void name_withLineBreaks_isStoredOnOneLine() {
        subscribers.subscribe(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn", "Nguyễn Văn An\r\nBcc: x@evil.example",
                Consent.web(Consent.Action.SUBSCRIBE, FORM, CLIENT));

        assertThat(subscribers.find(SINGLE_OPT_IN, "an.nguyen@moha.gov.vn").orElseThrow().name())
                .isEqualTo("Nguyễn Văn An Bcc: x@evil.example");
    }

    private int count(String table) {
        return db.query(c -> {
            try (var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
