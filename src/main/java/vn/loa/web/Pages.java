package vn.loa.web;

import vn.loa.i18n.Html;
import vn.loa.i18n.Messages;

/**
 * The frame of Loa's own small pages (subscribing, errors): the language of the messages in {@code lang}, a title,
 * a plain readable style. The words come from {@code i18n/web_*.properties}.
 */
final class Pages {

    private static final String STYLE = "body{font-family:system-ui,Arial,sans-serif;max-width:36rem;margin:3rem auto;"
            + "padding:0 1rem;line-height:1.6;color:#1b1b1b}button{background:#8a1c1c;color:#fff;border:0;"
            + "padding:.6rem 1.1rem;border-radius:4px;font-size:1rem}input{font-size:1rem;padding:.3rem}";

    private Pages() {
    }

    /** A page titled {@code title} (plain text) around {@code body} (HTML). */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + Messages.current().language() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + Html.escape(title)
                + "</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>\n";
    }

    /** A page with the message {@code titleKey} as title and heading, and {@code textKey} below it. */
    static String error(String titleKey, String textKey) {
        return page(Messages.t(titleKey), "<h1>" + Messages.current().html(titleKey) + "</h1><p>"
                + Messages.current().html(textKey) + "</p>");
    }
}
