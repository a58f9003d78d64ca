package vn.loa.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import vn.loa.bulletin.Bulletins;
import vn.loa.bulletin.IssuePages;
import vn.loa.bulletin.IssueRecord;
import vn.loa.bulletin.IssueRenderer;
import vn.loa.config.Bulletin;

/** {@code GET /bulletins/{bulletin}/{issue}} (the web version of an issue) and {@code GET /bulletins/{bulletin}} (all issues). */
public final class BulletinEndpoint {

    private static final String HTML = "text/html; charset=utf-8";

    private final Bulletins bulletins;
    private final IssuePages pages;
    private final IssueRenderer renderer;

    public BulletinEndpoint(Bulletins bulletins, IssuePages pages, IssueRenderer renderer) {
        this.bulletins = bulletins;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void issue(Exchange exchange) {
        String id = exchange.getMessage().getHeader("bulletin", String.class);
        String name = exchange.getMessage().getHeader("issue", String.class);
        if ("index".equals(name) || "index.html".equals(name)) {
            index(exchange);
            return;
        }
        Optional<IssueRecord> issue = bulletins.issue(id, name);
        if (issue.isEmpty()) {
            HttpResponses.send(exchange, 404, HTML, Pages.error("web.bulletin.not_found.title", "web.bulletin.not_found.text"));
            return;
        }
        Path file = pages.folder(id).resolve(issue.get().issue() + ".html");
        HttpResponses.send(exchange, 200, HTML, Files.isRegularFile(file) ? read(file) : renderer.page(issue.get().view()));
    }

    public void index(Exchange exchange) {
        String id = exchange.getMessage().getHeader("bulletin", String.class);
        Optional<Bulletin> bulletin = bulletins.bulletin(id);
        if (bulletin.isEmpty()) {
            HttpResponses.send(exchange, 404, HTML, Pages.error("web.bulletin.not_found.title", "web.bulletin.not_found.text"));
            return;
        }
        Path file = pages.folder(id).resolve("index.html");
        HttpResponses.send(exchange, 200, HTML, Files.isRegularFile(file) ? read(file)
                : renderer.index(bulletin.get().title(), List.of()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
