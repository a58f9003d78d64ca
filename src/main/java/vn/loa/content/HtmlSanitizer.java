package vn.loa.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

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

    private final Cleaner cleaner = new Cleaner(SAFELIST);

    /** Cleans an HTML fragment or document; only the body is kept. */
    String sanitize(String html) {
        return sanitize(Jsoup.parse(html));
    }

    /** Cleans the body of a parsed document. */
    String sanitize(Document dirty) {
        Document clean = cleaner.clean(dirty);
        // What the cleaner left of an unsafe link or image: keep the link text, drop the empty image.
        clean.select("a:not([href])").unwrap();
        clean.select("img:not([src])").remove();
        clean.outputSettings()
                .prettyPrint(false)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8");
        return TextRules.stripInvalid(clean.body().html()).strip();
    }
}
