package vn.loa.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The default summary: the first paragraph's text on one line (as safe in a header as a given summary), cut at a
 * word to at most {@value #MAX} characters.
 */
final class Summary {

    static final int MAX = 300;
    private static final String ELLIPSIS = "…";

    private Summary() {
    }

    static String of(String sanitizedHtml) {
        Document doc = Jsoup.parseBodyFragment(sanitizedHtml);
        String text = "";
        for (Element p : doc.select("p")) {
            text = TextRules.oneLine(p.text());
            if (!text.isEmpty()) {
                break;
            }
        }
        if (text.isEmpty()) {
            text = TextRules.oneLine(doc.body().text());
        }
        return cut(text, MAX);
    }

    /** {@code text} itself when short enough, else its longest prefix ending at a word, plus "…", within {@code max}. */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int limit = text.offsetByCodePoints(0, max - ELLIPSIS.length());
        int space = text.lastIndexOf(' ', limit);
        int end = space > 0 ? space : limit;
        return TextRules.trim(text.substring(0, end)).replaceAll("[,;:.\\-–—]+$", "") + ELLIPSIS;
    }
}
