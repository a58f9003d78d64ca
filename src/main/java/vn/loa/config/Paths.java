package vn.loa.config;

import java.nio.file.Path;

/** Where the content folder and the data folder are; relative paths resolve against the working directory. */
public record Paths(String content, String data) {

    public Paths {
        content = Site.blankTo(content, "content");
        data = Site.blankTo(data, "data");
    }

    public static Paths defaults() {
        return new Paths(null, null);
    }

    public Path contentDir() {
        return Path.of(content).toAbsolutePath().normalize();
    }

    public Path dataDir() {
        return Path.of(data).toAbsolutePath().normalize();
    }

    public Path inbox() { return contentDir().resolve("inbox"); }
    public Path scheduled() { return contentDir().resolve("scheduled"); }
    public Path published() { return contentDir().resolve("published"); }
    public Path rejected() { return contentDir().resolve("rejected"); }
    public Path publicDir() { return contentDir().resolve("public"); }
    public Path outbox() { return contentDir().resolve("outbox"); }
}
