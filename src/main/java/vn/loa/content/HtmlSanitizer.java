package vn.loa.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Makes body HTML safe for every output: only the tags of {@link Safelist#relaxed()} plus figures and rules,
 * only http/https/mailto links and http/https images, no style, no event handler, no frame, no script.
 * Cleaning its own output again gives the same output.
 */
final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "del", "ins", "s")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .removeProtocols("a", "href", "ftp");

    // parsed once: jsoup parses a selector string again on every select
    private static final Evaluator LINK_WITHOUT_HREF = QueryParser.parse("a:not([href])");
    private static final Evaluator IMAGE_WITHOUT_SRC = QueryParser.parse("img:not([src])");

    private final Cleaner cleaner = new Cleaner(SAFELIST);

    /** Cleans an HTML fragment or document; only the body is kept. */
    String sanitize(String html) {
        return html(clean(Jsoup.parse(html)));
    }

    /** The cleaned copy of a parsed document, ready to be written with {@link #html}. */
    Document clean(Document dirty) {
        Document clean = cleaner.clean(dirty);
        // What the cleaner left of an unsafe link or image: keep the link text, drop the empty image.
        clean.select(LINK_WITHOUT_HREF).unwrap();
        clean.select(IMAGE_WITHOUT_SRC).remove();
        clean.outputSettings()
                .prettyPrint(false)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8");
        return clean;
    }

    /** The body of a cleaned document as HTML. */
    static String html(Document clean) {
        return TextRules.stripInvalid(clean.body().html()).strip();
    }
}
