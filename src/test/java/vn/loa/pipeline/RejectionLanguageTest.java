package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.config.Intake;
import vn.loa.config.LoaConfig;
import vn.loa.content.ContentParser;
import vn.loa.content.ContentSource;
import vn.loa.intake.IntakeAttempts;

/**
 * Every reason a file can be rejected for, dropped into the inbox of a service in Vietnamese (the default) and in
 * English ({@code site.language: en}): the hostile corpus of src/test/resources/content plus a file for each reason
 * the corpus lacks. Each line of every {@code NAME.error.txt} keeps its {@code FILE:LINE: field:} prefix (the field
 * as written, untranslated), and its message is one of the messages of that language's {@code content_*},
 * {@code intake_*} and {@code encoding_*} files and none of the other language's; together the files use every
 * rejection message there is.
 */
class RejectionLanguageTest {

    /** Lines of NAME.error.txt: the file, the line, the field as written (no colon in it), the message. */
    private static final Pattern LINE = Pattern.compile("(.+?):(\\d+): ([^:]+): (.+)");
    private static final Pattern FIELD = Pattern.compile("[a-z_]+|front matter|<<");

    /** Keys that are parts of other messages, and the two failures no file can cause (Loa's own bugs). */
    private static final Pattern NOT_A_REJECTION = Pattern.compile(
            ".*\\.(what|hint)$|content\\.(shape|char|known)\\..*|content\\.known|content\\.file\\.no_extension"
                    + "|content\\.yaml\\.unreadable|intake\\.failed|intake\\.unknown_error"
                    // the encodings' names and the parts of their messages; a damaged UTF-8 file is content.file.not_utf8
                    // to intake, encoding.rejected.damaged only to loa convert
                    + "|encoding\\.(?!rejected\\.).*|encoding\\.rejected\\.damaged");

    /** Files for the reasons the corpus does not give. */
    private static final Map<String, String> MORE = new LinkedHashMap<>();

    static {
        String ok = "title: Tin\nstatus: approved\napproved_by: An\nunits: [bnv]\n";
        MORE.put("tieu-de-dai.md", article("title: " + "ă".repeat(301) + "\nstatus: approved\napproved_by: An\nunits: bnv"));
        MORE.put("ghi-chu.txt", article(ok));
        MORE.put("danh-sach.md", "---\n- title\n- status\n---\nNội dung.\n");
        MORE.put("khoa-la.md", "---\n[a, b]: c\n" + ok + "---\nNội dung.\n");
        MORE.put("ngoac.md", "---\ntitle: Tin\ntags: [a, b\nstatus: approved\n---\nNội dung.\n");
        MORE.put("hai-cham.md", "---\ntitle: Tin: mới: nhất\nstatus: approved\n---\nNội dung.\n");
        MORE.put("thieu-hai-cham.md", "---\ntitle: Tin\nstatus approved\nunits: bnv\n---\nNội dung.\n");
        MORE.put("cau-truc.md", "---\ntitle: 'Tin' thêm\nstatus: approved\n---\nNội dung.\n");
        MORE.put("a-cong.md", "---\ntitle: Tin\nauthor: @BoNoiVu\n---\nNội dung.\n");
        MORE.put("gach-nguoc.md", "---\ntitle: \"C:\\tin\\q\"\n---\nNội dung.\n");
        MORE.put("yaml-khac.md", "---\n%YAML 1.1\ntitle: Tin\n---\nNội dung.\n");
        MORE.put("long-danh-sach.md", article(ok + "tags: [[a, b]]"));
        MORE.put("bang-the.md", article(ok + "tags: {a: b}"));
        MORE.put("sai-chinh-ta.md", article("title: Tin\nstatus: aproved\nunits: bnv"));
        MORE.put("truong-la.md", article(ok + "mau_sac: do"));
        MORE.put("ban-tin.md", article(ok + "type: bulletin\nbulletin: cchc"));
        MORE.put("bulletin-article.md", article(ok + "bulletin: cchc"));
        MORE.put("kenh-rong.md", article(ok + "channels: []"));
        MORE.put("rut-bai.md", article("title: Rút bài\nstatus: withdrawn\napproved_by: An\nid: chua-tung-dang"));
        MORE.put("dinh-chinh.md", article(ok + "id: chua-tung-dang-2\ncorrection: Sửa số liệu"));
        MORE.put("phan-dau-lon.md", "---\ntitle: Tin\n" + "# chú thích\n".repeat(6000) + "---\nNội dung.\n");
        MORE.put("khong-co/tin.md", article("title: Tin\nstatus: approved\napproved_by: An"));
        MORE.put("国务院.md", article(ok));
        MORE.put("chi-bom.md", "\uFEFF");
    }

    @TempDir
    Path tmp;

    private static String article(String frontMatter) {
        return "---\n" + frontMatter + "\n---\nNội dung.\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyRejection_isWorded_inTheLanguageOfTheSite(String language) throws Exception {
        Map<String, Pattern> own = patterns(language);
        Map<String, Pattern> other = patterns(language.equals("vi") ? "en" : "vi");
        Map<String, List<String>> lines = new TreeMap<>();
        try (LoaHarness loa = LoaHarness.speaking(language, tmp, "").start()) {
            List<String> dropped = dropEverything(loa);
            await().atMost(Duration.ofSeconds(40)).until(() -> dropped.stream()
                    .allMatch(name -> Files.exists(loa.content("rejected/" + Path.of(name).getFileName() + ".error.txt"))));
            for (String name : dropped) {
                lines.put(name, Files.readAllLines(loa.content("rejected/" + Path.of(name).getFileName() + ".error.txt")));
            }
            // the parser's own size limit, below intake's: reached by callers that hand it bytes directly
            LoaConfig c = loa.config;
            ContentParser small = new ContentParser(new LoaConfig(c.site(), c.paths(), c.units(), c.lists(), c.chats(),
                    c.bulletins(), c.smtp(), c.storage(), c.http(), new Intake(null, 10L, null, null), c.retries(), c.bounces(), c.node()),
                    loa.clock);
            lines.put("lon.md", small.check(new ContentSource("lon.md", "---\ntitle: Tin\n---\nx\n".getBytes(StandardCharsets.UTF_8), null))
                    .stream().map(p -> p.format("lon.md")).toList());
        }

        Set<String> used = new TreeSet<>();
        lines.forEach((name, problems) -> {
            assertThat(problems).as(name).isNotEmpty();
            for (String line : problems) {
                Matcher m = LINE.matcher(line);
                assertThat(m.matches()).as(line).isTrue();
                assertThat(m.group(1)).as(line).endsWith(Path.of(name).getFileName().toString());
                assertThat(m.group(3)).as("field of " + line).matches(FIELD.pattern() + "|titel|mau_sac");
                String message = m.group(4);
                Set<String> keys = keysOf(message, own);
                assertThat(keys).as("a " + language + " message: " + line).isNotEmpty();
                assertThat(other.values()).as("not worded in the other language: " + line)
                        .noneMatch(p -> p.matcher(message).matches());
                used.addAll(keys);
            }
        });
        Set<String> rejections = new TreeSet<>(own.keySet());
        rejections.removeIf(key -> NOT_A_REJECTION.matcher(key).matches());
        assertThat(used).as("rejection messages no file was given").containsAll(rejections);
    }

    /**
     * The messages {@code text} is an instance of, and those its arguments are instances of ("YAML không hợp lệ: …"
     * holds the message that says what is wrong with the YAML); or those of its two parts, when it is two messages
     * joined by "; ".
     */
    private static Set<String> keysOf(String text, Map<String, Pattern> patterns) {
        Set<String> keys = new TreeSet<>();
        patterns.forEach((key, pattern) -> {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                keys.add(key);
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (!m.group(g).isEmpty() && !m.group(g).equals(text)) {
                        keys.addAll(keysOf(m.group(g), patterns));
                    }
                }
            }
        });
        // or two messages joined by "; " (an encoding's verdict, then how to save the file as UTF-8)
        for (int at = text.indexOf("; "); keys.isEmpty() && at > 0; at = text.indexOf("; ", at + 1)) {
            Set<String> first = keysOf(text.substring(0, at), patterns);
            Set<String> second = first.isEmpty() ? Set.of() : keysOf(text.substring(at + 2), patterns);
            if (!second.isEmpty()) {
                keys.addAll(first);
                keys.addAll(second);
            }
        }
        return keys;
    }

    /** The corpus, the files above, a link, a file over intake's limit, and one that stopped Loa three times. */
    private static List<String> dropEverything(LoaHarness loa) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/content"))) {
            for (Path f : files.filter(f -> !f.toString().endsWith(".py")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String name = f.getFileName().toString();
                if (loa.components().parser().check(new ContentSource(name, bytes, null)).isEmpty()) {
                    continue;
                }
                loa.drop(name, bytes);
                names.add(name);
            }
        }
        for (var more : MORE.entrySet()) {
            loa.drop(more.getKey(), more.getValue());
            names.add(more.getKey());
        }
        byte[] damaged = Files.readAllBytes(Path.of("src/test/resources/content/nfc-title.md"));
        damaged[20] = (byte) 0xFF;
        loa.drop("hong-utf8.md", damaged);
        names.add("hong-utf8.md");
        Files.createSymbolicLink(loa.content("inbox/lien-ket.md"), loa.root.resolve("loa.yaml"));
        names.add("lien-ket.md");
        loa.drop("qua-lon.md", article("title: Tin\n" + "# x\n".repeat(600_000)));
        names.add("qua-lon.md");
        var attempts = new IntakeAttempts(loa.components().db(), loa.clock);
        Path stopper = loa.content("inbox/lam-dung.md");
        for (int crash = 0; crash < IntakeAttempts.QUARANTINE_AFTER; crash++) {
            attempts.begin(stopper.toString());
        }
        loa.drop("lam-dung.md", article("title: Tin\nstatus: approved\napproved_by: An\nunits: bnv"));
        names.add("lam-dung.md");
        return names;
    }

    /**
     * The messages of content_LANG, intake_LANG and encoding_LANG (but what loa convert prints), each as a pattern of
     * the texts it can give.
     */
    static Map<String, Pattern> patterns(String language) throws IOException {
        Map<String, Pattern> out = new TreeMap<>();
        for (String area : List.of("content", "intake", "encoding")) {
            Properties p = new Properties();
            try (InputStream in = RejectionLanguageTest.class.getResourceAsStream("/i18n/" + area + "_" + language + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            p.stringPropertyNames().stream().filter(key -> !key.startsWith("encoding.convert"))
                    .forEach(key -> out.put(key, Pattern.compile(regex(p.getProperty(key)))));
        }
        return out;
    }

    /** A MessageFormat pattern as a regular expression: literal text quoted, each argument any text. */
    static String regex(String pattern) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else {
                    int end = pattern.indexOf('\'', i + 1);
                    literal.append(pattern, i + 1, end);
                    i = end;
                }
            } else if (c == '{') {
                int depth = 1;
                while (depth > 0) {
                    char d = pattern.charAt(++i);
                    depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                }
                out.append(Pattern.quote(literal.toString())).append("(.*?)");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        return out.append(Pattern.quote(literal.toString())).toString();
    }
}
