package vn.loa.content;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The default summary: the first paragraph's text on one line (as safe in a header as a given summary), cut at a
 * word to at most {@value #MAX} characters.
 */
final class Summary {

    static final int MAX = 300;
    private static final String ELLIPSIS = "…";
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

    private Summary() {
    }

    /** The summary of a sanitized body (the cleaned tree, as {@link HtmlSanitizer#clean} leaves it). */
    static String of(Element sanitizedBody) {
        String text = "";
        for (Element p : sanitizedBody.select(PARAGRAPH)) {
            text = line(p);
            if (!text.isEmpty()) {
                break;
            }
        }
        if (text.isEmpty()) {
            text = line(sanitizedBody);
        }
        return cut(text, MAX);
    }

    // the characters the written HTML leaves out are left out here too
    private static String line(Element element) {
        return TextRules.oneLine(TextRules.stripInvalid(element.text()));
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
