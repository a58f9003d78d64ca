package vn.loa.email;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mustache templates from {@code templates/} beside the working directory (edited without recompiling, picked up
 * when the file changes), else the copies packaged in the jar. Values are HTML-escaped unless written {@code {{{x}}}}.
 */
public final class Templates {

    private record Compiled(Template template, FileTime modified) {
    }

    private final Path folder;
    /** HTML escaping that leaves '=' alone, so URLs in attributes stay readable in the source of an email. */
    private static final Mustache.Escaper HTML = Escapers.simple(new String[][] {
        {"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}});

    private final Mustache.Compiler compiler = Mustache.compiler().defaultValue("").withEscaper(HTML);
    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

    public Templates(Path folder) {
        this.folder = folder;
    }

    public String render(String name, Object context) {
        return template(name).execute(context);
    }

    private Template template(String name) {
        Path file = folder.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                FileTime modified = Files.getLastModifiedTime(file);
                Compiled cached = cache.get(name);
                if (cached == null || !modified.equals(cached.modified())) {
                    cached = new Compiled(compiler.compile(Files.readString(file, StandardCharsets.UTF_8)), modified);
                    cache.put(name, cached);
                }
                return cached.template();
            }
            return cache.computeIfAbsent("classpath:" + name, key -> new Compiled(compiler.compile(classpath(name)), null))
                    .template();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + file, e);
        }
    }

    private static String classpath(String name) {
        try (InputStream in = Templates.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no template " + name + " in templates/ or in the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
