package vn.loa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    /** Two units, two lists, one chat: the smallest configuration the cross-checks accept. */
    private static final String MINIMAL = """
            site:
              timezone: Asia/Ho_Chi_Minh
            units:
              - id: bnv
                name: "Bộ Nội vụ"
                lists: [lanh-dao]
                chats: [cchc-slack]
              - id: so-noi-vu-hn
                parent: bnv
            lists:
              - id: lanh-dao
                from: "Bản tin CCHC <bantin@example.gov.vn>"
            chats:
              - id: cchc-slack
                type: slack
                url: "${SLACK_URL}"
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("loa.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private LoaConfig load(String yaml, Map<String, String> env) throws IOException {
        return new ConfigLoader(env).load(write(yaml));
    }

    private String error(String yaml) throws IOException {
        return error(yaml, Map.of());
    }

    private String error(String yaml, Map<String, String> env) throws IOException {
        Path file = write(yaml);
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> new ConfigLoader(env).load(file));
        return e.getMessage();
    }

    private String at(int line) {
        return dir.resolve("loa.yaml") + ":" + line + ": ";
    }

    @Test
    void repositoryConfig_withoutEnvironment_loadsAndSendsChatsToOutbox() {
        LoaConfig config = new ConfigLoader(Map.of()).load(Path.of("loa.yaml"));

        assertThat(config.units()).extracting(Unit::id)
                .containsExactly("bnv", "bcd-cchc", "ubnd-hn", "so-noi-vu-hn", "tt-qhdtnn");
        assertThat(config.unit("so-noi-vu-hn")).get().extracting(Unit::parent).isEqualTo("ubnd-hn");
        assertThat(config.unit("bnv")).get().extracting(Unit::articleUrl).isEqualTo("https://moha.gov.vn/tin/{id}");
        assertThat(config.chats()).hasSize(8);
        assertThat(config.chats()).extracting(Chat::type).containsExactlyInAnyOrderElementsOf(Chat.TYPES);
        assertThat(config.chats()).allSatisfy(chat -> {
            assertThat(chat.url()).as(chat.id()).isNullOrEmpty();
            assertThat(chat.toOutbox()).as(chat.id()).isTrue();
        });
        assertThat(config.chat("zalo-bnv")).get().extracting(Chat::followers).isEqualTo("zalo-bnv-followers");
        assertThat(config.lists()).extracting(MailList::id).containsExactly("lanh-dao", "cong-dan", "zalo-bnv-followers");
        assertThat(config.list("zalo-bnv-followers")).get().extracting(MailList::isZalo).isEqualTo(true);
        assertThat(config.list("lanh-dao")).get().extracting(MailList::kind).isEqualTo("email");
        assertThat(config.bulletins()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo("cchc");
            assertThat(b.schedule()).isEqualTo("0 0 8 1,8,15,22 * ?");
            assertThat(b.units()).hasSize(5);
            assertThat(b.lists()).containsExactly("lanh-dao");
            assertThat(b.chats()).isEmpty();
            assertThat(b.publishTo()).isEqualTo("bcd-cchc");
        });
        assertThat(config.smtp().toOutbox()).isTrue();
        assertThat(config.smtp().perSecond()).isEqualTo(50);
        assertThat(config.site().zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(config.http().port()).isEqualTo(8080);
    }

    @Test
    void repositoryConfig_withWebhookVariable_sendsThatChatAndNoOther() {
        LoaConfig config = new ConfigLoader(Map.of("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T/B/x"))
                .load(Path.of("loa.yaml"));

        assertThat(config.chat("cchc-slack")).get().extracting(Chat::url).isEqualTo("https://hooks.slack.com/services/T/B/x");
        assertThat(config.chats()).filteredOn(c -> !c.toOutbox()).extracting(Chat::id).containsExactly("cchc-slack");
    }

    @Test
    void placeholder_isReplacedFromTheLoadersEnvironment() throws IOException {
        LoaConfig config = load(MINIMAL, Map.of("SLACK_URL", "https://hooks.slack.com/services/T0/B0/abc"));

        assertThat(config.chat("cchc-slack")).get().satisfies(chat -> {
            assertThat(chat.url()).isEqualTo("https://hooks.slack.com/services/T0/B0/abc");
            assertThat(chat.toOutbox()).isFalse();
        });
    }

    @Test
    void unsetPlaceholder_becomesEmpty() throws IOException {
        LoaConfig config = load(MINIMAL, Map.of());

        assertThat(config.chat("cchc-slack")).get().satisfies(chat -> {
            assertThat(chat.url()).isEmpty();
            assertThat(chat.toOutbox()).isTrue();
        });
    }

    @Test
    void placeholderWithDefault_usesTheDefaultWhenUnsetOrEmpty() throws IOException {
        String yaml = """
                site:
                  base_url: "${BASE_URL:-https://cchc.example.gov.vn}"
                  language: ${LANG_CODE:-vi}
                """;

        assertThat(load(yaml, Map.of()).site().baseUrl()).isEqualTo("https://cchc.example.gov.vn");
        assertThat(load(yaml, Map.of("BASE_URL", "")).site().baseUrl()).isEqualTo("https://cchc.example.gov.vn");
        assertThat(load(yaml, Map.of("BASE_URL", "https://tin.example.vn")).site().baseUrl()).isEqualTo("https://tin.example.vn");
        assertThat(load(yaml, Map.of()).site().language()).isEqualTo("vi");
    }

    @Test
    void placeholders_inListsNumbersAndBooleans_areReplaced() throws IOException {
        String yaml = """
                units:
                  - id: bnv
                    lists: ["${BNV_LIST:-lanh-dao}"]
                    feed_items: ${FEED_ITEMS:-20}
                lists:
                  - id: lanh-dao
                  - id: cong-dan
                    double_opt_in: ${DOUBLE_OPT_IN:-true}
                smtp:
                  port: "${SMTP_PORT:-587}"
                http:
                  port: ${HTTP_PORT}
                """;

        LoaConfig config = load(yaml, Map.of("BNV_LIST", "cong-dan", "HTTP_PORT", "9090", "DOUBLE_OPT_IN", "false"));

        assertThat(config.unit("bnv")).get().satisfies(u -> {
            assertThat(u.lists()).containsExactly("cong-dan");
            assertThat(u.feedItems()).isEqualTo(20);
        });
        assertThat(config.list("cong-dan")).get().extracting(MailList::doubleOptIn).isEqualTo(false);
        assertThat(config.smtp().port()).isEqualTo(587);
        assertThat(config.http().port()).isEqualTo(9090);
    }

    @Test
    void environmentValue_withQuotesAndColons_isTakenLiterally() throws IOException {
        String yaml = """
                units:
                  - id: bnv
                    name: "${UNIT_NAME}"
                    website: ${UNIT_SITE}
                """;
        String name = "Bộ \"Nội vụ\", parent: bnv\nlists: [x]";
        String site = "https://moha.gov.vn\" }, { id: evil";

        LoaConfig config = load(yaml, Map.of("UNIT_NAME", name, "UNIT_SITE", site));

        assertThat(config.units()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo(name);
            assertThat(u.website()).isEqualTo(site);
            assertThat(u.parent()).isNull();
            assertThat(u.lists()).isEmpty();
        });
    }

    @Test
    void environmentValue_thatLooksLikeAPlaceholder_isNotExpandedAgain() throws IOException {
        LoaConfig config = load("units:\n  - id: bnv\n    name: \"${UNIT_NAME}\"\n",
                Map.of("UNIT_NAME", "Bộ ${SECRET}", "SECRET", "leak"));

        assertThat(config.units()).singleElement().extracting(Unit::name).isEqualTo("Bộ ${SECRET}");
    }

    @Test
    void unknownTopLevelKey_namesFileLineAndTheKnownKeys() throws IOException {
        String message = error("""
                site:
                  timezone: Asia/Ho_Chi_Minh
                unitz:
                  - id: bnv
                    name: Bộ Nội vụ

                # end
                """);

        assertThat(message).isEqualTo(at(3) + "unitz: khóa 'unitz' không hợp lệ (các khóa hợp lệ: bounces, bulletins, chats,"
                + " http, intake, lists, node, paths, report, retries, site, smtp, storage, units)");
    }

    @Test
    void unknownNestedKey_namesItsPathAndTheKeysOfThatSection() throws IOException {
        String message = error("""
                units:
                  - id: bnv
                    feed_item: 20
                    lists:
                      - lanh-dao
                lists:
                  - id: lanh-dao
                """);

        assertThat(message).isEqualTo(at(3) + "units[0].feed_item: khóa 'feed_item' không hợp lệ "
                + "(các khóa hợp lệ: article_url, chats, feed_items, id, lists, name, parent, report, website)");
    }

    @Test
    void wrongType_namesLineAndKeyPath() throws IOException {
        String message = error("""
                site:
                  timezone: Asia/Ho_Chi_Minh
                units:
                  - id: bnv
                    feed_items: nhiều
                """);

        assertThat(message).isEqualTo(at(5) + "units[0].feed_items: không đọc được 'nhiều' thành một số nguyên");
    }

    @Test
    void listWhereAValueIsExpected_namesLineAndKeyPath() throws IOException {
        String message = error("""
                units:
                  - id: bnv
                    name:
                      - Bộ Nội vụ
                """);

        assertThat(message).isEqualTo(at(4) + "units[0].name: cần một giá trị chữ ở đây");
    }

    @Test
    void node_defaultsToTheHostNameAndAFiveMinuteLeaseRenewedEveryMinute() throws IOException {
        LoaConfig config = load("site:\n  base_url: \"https://cchc.example.gov.vn\"\n", Map.of());

        assertThat(config.node().id()).isNotBlank();
        assertThat(config.node().lease()).hasMinutes(5);
        assertThat(config.node().renewEvery()).hasSeconds(60);
    }

    @Test
    void leaseShorterThanTwiceTheSmtpTimeout_isRefused() throws IOException {
        String message = error("""
                smtp:
                  timeout_seconds: 120
                node:
                  id: node-1
                  lease_seconds: 200
                  renew_seconds: 60
                """);

        assertThat(message).isEqualTo(at(5) + "node.lease_seconds: phải từ 240 trở lên (gấp đôi lần gửi lâu nhất:"
                + " smtp.timeout_seconds 120, chat 40 giây), không phải 200");
    }

    @Test
    void renewalSlowerThanHalfTheLease_isRefused() throws IOException {
        String message = error("""
                node:
                  lease_seconds: 100
                  renew_seconds: 60
                """);

        assertThat(message).isEqualTo(at(3) + "node.renew_seconds: phải từ 1 đến một nửa node.lease_seconds (50),"
                + " không phải 60");
    }

    @Test
    void unitReferencingUnknownList_pointsAtThatListEntry() throws IOException {
        String message = error("""
                units:
                  - id: bnv
                    lists: [lanh-dao]
                  - id: so-noi-vu-hn
                    lists:
                      - lanh-dao
                      - cong-dan
                lists:
                  - id: lanh-dao
                """);

        assertThat(message).isEqualTo(at(7) + "units[1].lists[1]: danh sách 'cong-dan' không có trong lists");
    }

    @Test
    void unitReferencingUnknownListInFlowStyle_pointsAtThatLine() throws IOException {
        String message = error("""
                lists:
                  - id: lanh-dao
                units:
                  - id: bnv
                  - id: so-noi-vu-hn
                    lists: [cong-dan]
                """);

        assertThat(message).isEqualTo(at(6) + "units[1].lists[0]: danh sách 'cong-dan' không có trong lists");
    }

    @Test
    void duplicateUnitId_pointsAtTheSecond() throws IOException {
        String message = error("""
                units:
                  - id: bnv
                    name: Bộ Nội vụ
                  - id: bnv
                    name: Bộ Nội vụ (bản sao)
                """);

        assertThat(message).isEqualTo(at(4) + "units[1].id: mã 'bnv' bị trùng");
    }

    @Test
    void badTimezone_namesTheKeyAndAnExample() throws IOException {
        String message = error("""
                # comment
                site:
                  base_url: "http://localhost:8080"
                  timezone: Asia/Ha_Noi
                """);

        assertThat(message).isEqualTo(at(4) + "site.timezone: múi giờ 'Asia/Ha_Noi' không tồn tại (ví dụ Asia/Ho_Chi_Minh)");
    }

    @Test
    void chatOfUnknownType_listsTheTypes() throws IOException {
        String message = error("""
                chats:
                  - id: cchc-slack
                    type: slack
                  - id: cchc-viber
                    type: viber
                """);

        assertThat(message).isEqualTo(at(5) + "chats[1].type: chỉ dùng một trong các loại discord, google-chat, mattermost,"
                + " slack, teams, telegram, webhook, zalo, không phải 'viber'");
    }

    @Test
    void zaloFollowers_namingAnEmailList_isRefused() throws IOException {
        String message = error("""
                lists:
                  - id: lanh-dao
                chats:
                  - id: zalo-bnv
                    type: zalo
                    token: "${ZALO_TOKEN}"
                    followers: lanh-dao
                """);

        assertThat(message).isEqualTo(at(7) + "chats[0].followers: phải là một danh sách có kind: zalo, không phải 'lanh-dao'");
    }

    @Test
    void zaloFollowers_namingAZaloList_loads() throws IOException {
        LoaConfig config = load("""
                lists:
                  - id: zalo-bnv-followers
                    kind: zalo
                chats:
                  - id: zalo-bnv
                    type: zalo
                    followers: zalo-bnv-followers
                """, Map.of());

        assertThat(config.chat("zalo-bnv")).get().extracting(Chat::followers).isEqualTo("zalo-bnv-followers");
    }

    @Test
    void severalProblems_areAllReportedInFileOrder() throws IOException {
        String message = error("""
                site:
                  timezone: Mars/Olympus
                units:
                  - id: bnv
                    chats: [khong-co]
                  - id: BNV
                """);

        assertThat(message.split("\n")).containsExactly(
                at(2) + "site.timezone: múi giờ 'Mars/Olympus' không tồn tại (ví dụ Asia/Ho_Chi_Minh)",
                at(5) + "units[0].chats[0]: kênh chat 'khong-co' không có trong chats",
                at(6) + "units[1].id: phải khớp mẫu [a-z0-9][a-z0-9-]{0,99} (chữ thường không dấu, chữ số, dấu gạch ngang),"
                        + " không phải 'BNV'");
    }

    @Test
    void entryWithoutId_isReportedNotACrash() throws IOException {
        String message = error("""
                units:
                  - id: bnv
                    lists: [lanh-dao]
                lists:
                  - name: Lãnh đạo
                """);

        assertThat(message.split("\n")).contains(at(5) + "lists[0].id: phải khớp mẫu [a-z0-9][a-z0-9-]{0,99}"
                + " (chữ thường không dấu, chữ số, dấu gạch ngang), không phải 'null'");
    }

    @Test
    void emptyFile_givesDefaults() throws IOException {
        LoaConfig config = load("", Map.of());

        assertThat(config).isEqualTo(LoaConfig.empty());
        assertThat(config.paths().content()).isEqualTo("content");
        assertThat(config.storage().url()).isEqualTo("jdbc:sqlite:data/loa.db");
    }

    @Test
    void commentsOnlyFile_givesDefaults() throws IOException {
        LoaConfig config = load("# nothing configured yet\n\n# (cấu hình trống)\n", Map.of());

        assertThat(config).isEqualTo(LoaConfig.empty());
    }

    @Test
    void nonUtf8File_isRefusedWithTheFileAndTheEncoding() throws IOException {
        Path file = dir.resolve("loa.yaml");
        Files.writeString(file, "site:\n  language: vi\nunits:\n  - id: doan-tn\n    name: Đoàn thanh niên\n",
                Charset.forName("windows-1258"));

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":5: file: không phải bảng mã UTF-8 (byte sai đầu tiên nằm ở dòng này);"
                        + " hãy lưu lại tệp với bảng mã UTF-8");
    }

    @Test
    void byteOrderMark_isTolerated() throws IOException {
        LoaConfig config = load("\uFEFF" + MINIMAL, Map.of());

        assertThat(config.units()).hasSize(2);
    }

    @Test
    void missingFile_namesItAndTheWayToPassAnother() {
        Path file = dir.resolve("khong-co.yaml");

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":0: file: không đọc được tệp cấu hình (")
                .hasMessageEndingWith("); hãy chỉ tệp khác bằng --config FILE hoặc LOA_CONFIG");
    }

    @Test
    void malformedYaml_namesTheLine() throws IOException {
        String message = error("""
                site:
                  timezone: Asia/Ho_Chi_Minh
                units:
                  - id: bnv
                   name: "Bộ Nội vụ
                """);

        assertThat(message).isEqualTo(at(5) + "units: YAML không hợp lệ: thụt lề không đều: các khóa cùng cấp phải bắt đầu"
                + " ở cùng một cột");
    }

    @Test
    void duplicateKey_isRefused() throws IOException {
        String message = error("""
                site:
                  timezone: Asia/Ho_Chi_Minh
                  timezone: Europe/Paris
                """);

        assertThat(message).isEqualTo(at(3) + "site: khóa 'timezone' bị lặp lại");
    }
}
