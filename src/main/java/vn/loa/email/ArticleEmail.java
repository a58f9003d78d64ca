package vn.loa.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.Date;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.content.Article;
import vn.loa.delivery.Delivery;
import vn.loa.feed.Links;
import vn.loa.storage.StoredContent;

/**
 * Builds the email of an article for one list member: multipart/alternative (text made from the HTML, and HTML),
 * UTF-8 subject, a Message-ID that is the same for every attempt of the same delivery, and List-Id.
 */
public final class ArticleEmail {

    private final LoaConfig config;
    private final Links links;

    public ArticleEmail(LoaConfig config, Links links) {
        this.config = config;
        this.links = links;
    }

    public MimeMessage render(Session session, Delivery delivery, StoredContent content)
            throws MessagingException, UnsupportedEncodingException {
        Article a = content.article();
        MailList list = config.list(delivery.target()).orElseThrow();
        String host = URI.create(config.site().baseUrl()).getHost();
        String link = links.article(a.units().get(0), a.id());
        String html = html(a, list, link);

        MimeMessage message = new StableIdMessage(session, "<" + delivery.id() + "." + a.id() + "@" + host + ">");
        message.setFrom(list.from() == null || list.from().isBlank()
                ? new InternetAddress("noreply@" + host, "Loa", "UTF-8")
                : new InternetAddress(list.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(delivery.recipient()));
        message.setSubject(a.title(), "UTF-8");
        message.setSentDate(Date.from(content.updatedAt()));
        message.setHeader("List-Id", "\"" + list.name().replace("\"", "") + "\" <" + list.id() + "." + host + ">");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(plainText(html), "UTF-8");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(htmlPart);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private String html(Article a, MailList list, String link) {
        String units = String.join(", ", a.units().stream().map(id -> config.unit(id).map(u -> u.name()).orElse(id)).toList());
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + Entities.escape(a.title())
                + "</title></head><body style=\"margin:0;padding:0;background:#f4f4f4\">"
                + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
                + "<table role=\"presentation\" width=\"600\" cellpadding=\"16\" cellspacing=\"0\" style=\"background:#ffffff;"
                + "font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1b1b1b\"><tr><td>"
                + "<p style=\"color:#555;margin:0\">" + Entities.escape(units) + "</p>"
                + "<h1 style=\"font-size:22px\">" + Entities.escape(a.title()) + "</h1>"
                + "<p><strong>" + Entities.escape(a.summary() == null ? "" : a.summary()) + "</strong></p>"
                + a.bodyHtml()
                + "<p><a href=\"" + Entities.escape(link) + "\">Đọc trên trang web</a></p>"
                + "<hr><p style=\"color:#777;font-size:12px\">Bạn nhận thư này vì đã đăng ký danh sách "
                + Entities.escape(list.name()) + ".</p>"
                + "</td></tr></table></td></tr></table></body></html>";
    }

    static String plainText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("a[href]").forEach(a -> a.appendText(" (" + a.attr("href") + ")"));
        doc.outputSettings().prettyPrint(false);
        StringBuilder out = new StringBuilder();
        for (var block : doc.body().select("p, h1, h2, h3, h4, li, tr, blockquote")) {
            if (block.parents().stream().noneMatch(p -> p.is("p, li, blockquote"))) {
                out.append(block.is("li") ? "- " : "").append(block.text()).append("\n\n");
            }
        }
        return out.toString().strip() + "\n";
    }

    /** Keeps the Message-ID set by Loa instead of a new one on every save. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
