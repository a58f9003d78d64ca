package vn.loa.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Inline styles on a sanitized article body, because mail clients ignore style sheets. */
final class MailHtml {

    private MailHtml() {
    }

    static String inline(String bodyHtml) {
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        style(doc, "p", "margin:0 0 14px 0;");
        style(doc, "h1, h2, h3, h4", "margin:18px 0 10px 0;line-height:1.3;color:#111111;");
        style(doc, "img", "max-width:100%;height:auto;border:0;");
        style(doc, "table", "border-collapse:collapse;width:100%;margin:0 0 14px 0;");
        style(doc, "td, th", "border:1px solid #d1d5db;padding:6px 8px;font-size:14px;");
        style(doc, "blockquote", "margin:0 0 14px 0;padding:6px 14px;border-left:3px solid #8a1c1c;color:#374151;");
        style(doc, "a", "color:#8a1c1c;");
        return doc.body().html();
    }

    private static void style(Document doc, String selector, String css) {
        doc.select(selector).forEach(e -> e.attr("style", css));
    }
}
