package vn.loa.bulletin;

import java.nio.file.Path;
import java.util.List;
import vn.loa.config.Bulletin;
import vn.loa.config.LoaConfig;
import vn.loa.storage.AtomicFiles;

/** The static web version: {@code content/public/bulletins/<id>/<year>-<number>.html}, {@code index.html}, {@code preview.html}. */
public final class IssuePages {

    private final LoaConfig config;
    private final IssueRenderer renderer;

    public IssuePages(LoaConfig config, IssueRenderer renderer) {
        this.config = config;
        this.renderer = renderer;
    }

    public Path folder(String bulletinId) {
        return config.paths().publicDir().resolve("bulletins").resolve(bulletinId);
    }

    /** Writes the issue's page and the bulletin's index ({@code issues} newest first), each atomically. */
    void write(Bulletin b, IssueView issue, List<IssueView> issues) {
        AtomicFiles.write(folder(b.id()).resolve(issue.issue() + ".html"), renderer.page(issue));
        AtomicFiles.write(folder(b.id()).resolve("index.html"), renderer.index(b.title(), issues));
    }

    /** Writes {@code preview.html}; returns its path. */
    public Path preview(Bulletin b, IssueView issue) {
        Path file = folder(b.id()).resolve("preview.html");
        AtomicFiles.write(file, renderer.page(issue));
        return file;
    }
}
