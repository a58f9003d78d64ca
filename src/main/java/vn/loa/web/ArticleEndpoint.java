package vn.loa.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import vn.loa.config.LoaConfig;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.feed.Links;
import vn.loa.storage.ContentStore;
import vn.loa.storage.Json;
import vn.loa.storage.StoredContent;

/** {@code GET /articles/{id}} (a readable page) and {@code GET /api/articles[/{id}]} (the same items as JSON). */
public final class ArticleEndpoint {

    private static final int MAX_LIMIT = 500;

    private final LoaConfig config;
    private final ContentStore contents;
    private final Links links;
    private final ArticlePage page;
    private final WithdrawnPage withdrawnPage;

    public ArticleEndpoint(LoaConfig config, ContentStore contents, Links links, ArticlePage page) {
        this.config = config;
        this.contents = contents;
        this.links = links;
        this.page = page;
        this.withdrawnPage = new WithdrawnPage(config);
    }

    /** The item's page; {@code 410} with a page saying when for a withdrawn one, {@code 404} for an unknown id. */
    public void page(Exchange exchange) {
        Optional<StoredContent> item = stored(exchange.getMessage().getHeader("id", String.class));
        if (item.filter(ArticleEndpoint::isWithdrawn).isPresent()) {
            HttpResponses.send(exchange, 410, "text/html; charset=utf-8", withdrawnPage.render(item.get()));
            return;
        }
        if (item.filter(StoredContent::isPublished).isEmpty()) {
            HttpResponses.send(exchange, 404, "text/html; charset=utf-8", page.notFound());
            return;
        }
        HttpResponses.send(exchange, 200, "text/html; charset=utf-8", page.render(item.get()));
    }

    /** The item as JSON; {@code 410} with {@code withdrawn_at} for a withdrawn one. */
    public void one(Exchange exchange) {
        Optional<StoredContent> item = stored(exchange.getMessage().getHeader("id", String.class));
        if (item.filter(ArticleEndpoint::isWithdrawn).isPresent()) {
            HttpResponses.send(exchange, 410, "application/json; charset=utf-8", Json.write(Map.of("error", "withdrawn",
                    "id", item.get().id(), "withdrawn_at", item.get().updatedAt().toString())));
            return;
        }
        if (item.filter(StoredContent::isPublished).isEmpty()) {
            HttpResponses.notFound(exchange, "web.api.no_article");
            return;
        }
        HttpResponses.send(exchange, 200, "application/json; charset=utf-8", Json.write(json(item.get())));
    }

    public void list(Exchange exchange) {
        String unit = exchange.getMessage().getHeader("unit", String.class);
        int limit = limit(exchange.getMessage().getHeader("limit", String.class));
        if (unit != null && !unit.isBlank() && config.unit(unit).isEmpty()) {
            HttpResponses.notFound(exchange, "web.api.unknown_unit", String.valueOf(unit));
            return;
        }
        List<StoredContent> items = unit == null || unit.isBlank()
                ? contents.recent(limit)
                : contents.feed(unit, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items.stream().map(this::json).toList());
        HttpResponses.send(exchange, 200, "application/json; charset=utf-8", Json.write(body));
    }

    private static boolean isWithdrawn(StoredContent item) {
        return StoredContent.WITHDRAWN.equals(item.status());
    }

    private Optional<StoredContent> stored(String id) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            return Optional.empty();
        }
        return contents.find(id);
    }

    private static int limit(String value) {
        try {
            return value == null ? 50 : Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 50;
        }
    }

    private Map<String, Object> json(StoredContent item) {
        Article a = item.article();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("version", a.version());
        out.put("title", a.title());
        out.put("summary", a.summary());
        out.put("content_html", a.bodyHtml());
        out.put("url", links.article(a.units().isEmpty() ? null : a.units().get(0), a.id()));
        out.put("page_url", links.page(a.id()));
        out.put("units", a.units().stream().map(id -> {
            Unit unit = config.unit(id).orElse(null);
            return Map.of("id", id, "name", unit == null ? id : unit.name());
        }).toList());
        if (a.author() != null) {
            out.put("author", a.author());
        }
        out.put("tags", a.tags() == null ? List.of() : a.tags());
        if (a.image() != null) {
            out.put("image", a.image());
        }
        out.put("date_published", item.publishedAt());
        out.put("date_modified", item.updatedAt());
        return out;
    }
}
