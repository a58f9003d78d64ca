package vn.loa.web;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import vn.loa.config.LoaConfig;
import vn.loa.content.Article;
import vn.loa.storage.StoredContent;

/** The clean readable HTML page of an item, the default link of feed items. */
public final class ArticlePage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
            + "max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1b1b1b}"
            + "header p{color:#555;margin:.2rem 0}h1{line-height:1.25}img{max-width:100%;height:auto}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem}"
            + ".summary{font-weight:600}";

    private final LoaConfig config;

    public ArticlePage(LoaConfig config) {
        this.config = config;
    }

    public String render(StoredContent item) {
        Article a = item.article();
        String units = a.units().stream()
                .map(id -> config.unit(id).map(u -> u.name()).orElse(id))
                .map(ArticlePage::escape)
                .collect(Collectors.joining(", "));
        String date = DATE.format(item.publishedAt().atZone(config.site().zone()));
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(config.site().language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(a.title())).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(escape(a.summary())).append("\">\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<article>\n<header>\n")
                .append("<p>").append(units).append("</p>\n")
                .append("<h1>").append(escape(a.title())).append("</h1>\n")
                .append("<p><time datetime=\"").append(item.publishedAt()).append("\">").append(date).append("</time>");
        if (a.author() != null) {
            html.append(" · ").append(escape(a.author()));
        }
        html.append("</p>\n</header>\n");
        if (a.image() != null) {
            html.append("<img src=\"").append(escape(a.image())).append("\" alt=\"\">\n");
        }
        if (a.summary() != null) {
            html.append("<p class=\"summary\">").append(escape(a.summary())).append("</p>\n");
        }
        html.append(a.bodyHtml()).append("\n</article>\n</body>\n</html>\n");
        return html.toString();
    }

    public String notFound() {
        return Pages.error("web.article.not_found.title", "web.article.not_found.text");
    }

    private static String escape(String text) {
        return text == null ? "" : Entities.escape(text);
    }
}
