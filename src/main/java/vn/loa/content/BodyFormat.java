package vn.loa.content;

import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** How a body is turned into (unsanitized) HTML, chosen by the file's extension. */
enum BodyFormat {
    MARKDOWN {
        @Override
        String toHtml(String body) {
            return RENDERER.render(PARSER.parse(body));
        }
    },
    HTML {
        /** A fragment, or the {@code <body>} of a full document. */
        @Override
        String toHtml(String body) {
            Document doc = Jsoup.parse(body);
            doc.outputSettings().prettyPrint(false);
            return doc.body().html();
        }
    };

    static final String SUPPORTED = ".md, .markdown, .html or .htm";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    abstract String toHtml(String body);

    /** The format for a file name, or null when the extension is not supported. */
    static BodyFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        return null;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "(none)" : fileName.substring(dot);
    }
}
