package vn.loa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.loa.config.Storage;
import vn.loa.testing.TestStores;

/**
 * A temporary Loa installation: {@code loa.yaml} with units bnv and so-noi-vu-hn and one slack chat without a URL
 * (so chat goes to the outbox), content and data folders inside the temporary folder. Runs commands with
 * {@code --config} pointing at it and captures what they print.
 */
final class Workspace {

    /** What a command returned and printed. */
    record Result(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    final Path root;
    final Path config;
    final Path content;
    final Path data;

    Workspace(Path root) {
        this(root, "vi");
    }

    /** With {@code site.language} set to {@code language}. */
    Workspace(Path root, String language) {
        this.root = root;
        this.config = root.resolve("loa.yaml");
        this.content = root.resolve("content");
        this.data = root.resolve("data");
        write(config, """
                site:
                  base_url: "http://localhost:8080"
                  timezone: Asia/Ho_Chi_Minh%s
                paths:
                  content: "%s"
                  data: "%s"
                %sunits:
                  - id: bnv
                    name: "Bộ Nội vụ"
                    chats: [cchc-slack]
                  - id: so-noi-vu-hn
                    name: "Sở Nội vụ thành phố Hà Nội"
                    parent: bnv
                chats:
                  - id: cchc-slack
                    type: slack
                """.formatted(language.equals("vi") ? "" : "\n  language: " + language, content, data, TestStores.yaml(data)));
    }

    /** The database of this installation (an SQLite file in data/, or a PostgreSQL database of its own). */
    Storage storage() {
        return TestStores.storage(data);
    }

    /** Runs {@code loa --config <loa.yaml> ARGS} with an empty environment and no default configuration file. */
    Result run(String... args) {
        return runIn(Map.of(), args);
    }

    /** {@link #run} with {@code env} as the environment (say {@code LOA_LANG=en}). */
    Result runIn(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.toString()));
        all.addAll(List.of(args));
        return runWithout(env, all.toArray(String[]::new));
    }

    /** Runs {@code loa ARGS} as given: an empty environment, and a default loa.yaml that does not exist. */
    Result runWithout(String... args) {
        return runWithout(Map.of(), args);
    }

    /** {@link #runWithout(String...)} with {@code env} as the environment. */
    Result runWithout(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        LoaCommand command = new LoaCommand(env, root.resolve("no-such-folder").resolve("loa.yaml"));
        int exit = LoaCommand.execute(command, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An approved article for {@code unit} with a short Vietnamese body. */
    static String article(String id, String title, String unit) {
        return """
                ---
                id: %s
                title: "%s"
                status: approved
                approved_by: "Nguyễn Văn An, Chánh Văn phòng"
                units: [%s]
                ---

                Thực hiện kế hoạch cải cách hành chính năm 2026, đơn vị đã hoàn thành việc rà soát thủ tục hành chính.

                Kết quả được công bố trên Cổng dịch vụ công.
                """.formatted(id, title, unit);
    }
}
