package vn.loa.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The text/plain part of an email, made from its HTML with Jsoup: blocks become paragraphs, links show their URL. */
final class PlainText {

    private PlainText() {
    }

    static String of(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("head, style, script, title").remove();
        StringBuilder out = new StringBuilder();
        walk(doc.body(), out);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text().replaceAll("\\s+", " "));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                switch (tag) {
                    case "br" -> out.append('\n');
                    case "a" -> {
                        walk(e, out);
                        String href = e.attr("href");
                        if (!href.isBlank() && !e.text().strip().equals(href)) {
                            out.append(" (").append(href).append(')');
                        }
                    }
                    case "li" -> {
                        out.append("\n- ");
                        walk(e, out);
                    }
                    case "img" -> { }
                    case "td", "th" -> {
                        walk(e, out);
                        out.append(' ');
                    }
                    case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "blockquote", "hr" -> {
                        out.append('\n');
                        walk(e, out);
                        out.append('\n');
                    }
                    default -> walk(e, out);
                }
            }
        }
    }
}
