package vn.loa.web;

import vn.loa.i18n.Html;
import vn.loa.i18n.Messages;

/** The small pages of subscribing, confirming and unsubscribing; their words are {@code web.subscribe.*} and the like. */
final class SubscriptionPages {

    private SubscriptionPages() {
    }

    /** What the person agrees to by subscribing, as the form shows it (kept with their consent). */
    static String consentWording() {
        return Messages.t("web.subscribe.consent");
    }

    static String form(String listId, String listName) {
        Messages m = Messages.current();
        return Pages.page(m.get("web.subscribe.title", listName),
                "<h1>" + m.html("web.subscribe.heading") + "</h1><p>" + m.html("web.subscribe.list", Html.strong(listName))
                        + "</p><form method=\"post\" action=\"/subscribe\">"
                        + "<input type=\"hidden\" name=\"list\" value=\"" + Html.escape(listId) + "\">"
                        + "<p><label>" + m.html("web.subscribe.email")
                        + "<br><input type=\"email\" name=\"email\" required size=\"40\"></label></p>"
                        + "<p><label>" + m.html("web.subscribe.name")
                        + "<br><input type=\"text\" name=\"name\" size=\"40\"></label></p>"
                        + "<p><small>" + m.html("web.subscribe.consent") + "</small></p>"
                        + "<p><button type=\"submit\">" + m.html("web.subscribe.button") + "</button></p></form>");
    }

    static String checkMailbox(String listName) {
        return simple("web.check_mailbox", Html.strong(listName));
    }

    static String subscribed(String listName) {
        return simple("web.subscribed", Html.strong(listName));
    }

    static String confirmed(String listName) {
        return simple("web.confirmed", Html.strong(listName));
    }

    static String unsubscribeForm(String token, String listName, String address) {
        Messages m = Messages.current();
        return Pages.page(m.get("web.unsubscribe.title"), "<h1>" + m.html("web.unsubscribe.heading") + "</h1><p>"
                + m.html("web.unsubscribe.text", Html.strong(address), Html.strong(listName)) + "</p>"
                + "<form method=\"post\" action=\"/unsubscribe?token=" + Html.escape(token) + "\">"
                + "<button type=\"submit\">" + m.html("web.unsubscribe.button") + "</button></form>");
    }

    static String unsubscribed(String listName) {
        return simple("web.unsubscribed", Html.strong(listName));
    }

    static String invalidLink() {
        return simple("web.invalid_link");
    }

    /** Subscribing failed: {@code message} says why, in plain text. */
    static String problem(String message) {
        Messages m = Messages.current();
        return Pages.page(m.get("web.problem.title"), "<h1>" + m.html("web.problem.title") + "</h1><p>"
                + Html.escape(message) + "</p>");
    }

    /** The page of messages {@code PREFIX.title}, {@code PREFIX.heading} and {@code PREFIX.text} (with {@code args}). */
    private static String simple(String prefix, Object... args) {
        Messages m = Messages.current();
        return Pages.page(m.get(prefix + ".title"), "<h1>" + m.html(prefix + ".heading") + "</h1><p>"
                + m.html(prefix + ".text", args) + "</p>");
    }
}
