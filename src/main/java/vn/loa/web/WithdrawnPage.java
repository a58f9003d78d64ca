package vn.loa.web;

import java.time.format.DateTimeFormatter;
import org.jsoup.nodes.Entities;
import vn.loa.config.LoaConfig;
import vn.loa.i18n.Messages;
import vn.loa.storage.StoredContent;

/**
 * The page of a withdrawn item ({@code 410 Gone}): its address keeps answering, with the title, that it was withdrawn
 * and when, so that links in emails, chats and feed readers do not end on "not found".
 */
final class WithdrawnPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final LoaConfig config;

    WithdrawnPage(LoaConfig config) {
        this.config = config;
    }

    String render(StoredContent item) {
        String when = DATE.format(item.updatedAt().atZone(config.site().zone()));
        String title = Messages.t("guard.page.withdrawn_title");
        return "<!DOCTYPE html>\n<html lang=\"" + esc(Messages.current().language()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + "</title></head><body><h1>" + esc(title) + "</h1><p>"
                + esc(Messages.t("guard.page.withdrawn_text", item.article().title(), when)) + "</p>"
                + reason(item) + "<p><time datetime=\"" + item.updatedAt() + "\">" + esc(when) + "</time></p></body></html>\n";
    }

    /** The withdrawal's reason ({@code reason:}) as a paragraph, or nothing when it gave none. */
    private static String reason(StoredContent item) {
        String reason = item.withdrawal() == null ? null : item.withdrawal().reason();
        return reason == null || reason.isBlank() ? "" : "<p class=\"reason\">"
                + esc(Messages.t("correction.page.reason", reason.strip())) + "</p>";
    }

    private static String esc(String text) {
        return text == null ? "" : Entities.escape(text);
    }
}
