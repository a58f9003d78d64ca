package vn.loa.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.content.Article;
import vn.loa.delivery.Delivery;
import vn.loa.feed.Links;
import vn.loa.storage.StoredContent;

/**
 * Builds the email of an article for one list member from {@code templates/article-email.html}: multipart/alternative
 * (text made from the HTML, and HTML), a UTF-8 subject, a Message-ID that stays the same for every attempt of the
 * same delivery, and the list headers of SPEC §7.
 */
public final class ArticleEmail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LoaConfig config;
    private final Links links;
    private final Templates templates;
    private final ListHeaders listHeaders;
    private final Function<String, Optional<Map<String, Object>>> issueValues;

    public ArticleEmail(LoaConfig config, Links links, Templates templates, ListHeaders listHeaders) {
        this(config, links, templates, listHeaders, id -> Optional.empty());
    }

    /**
     * @param issueValues the values of {@code templates/bulletin-email.html} for the item of a bulletin issue, by
     *                    content id; an issue is mailed with that template instead of the article's
     */
    public ArticleEmail(LoaConfig config, Links links, Templates templates, ListHeaders listHeaders,
                        Function<String, Optional<Map<String, Object>>> issueValues) {
        this.config = config;
        this.links = links;
        this.templates = templates;
        this.listHeaders = listHeaders;
        this.issueValues = issueValues;
    }

    public MimeMessage render(Session session, Delivery delivery, StoredContent content)
            throws MessagingException, UnsupportedEncodingException {
        Article a = content.article();
        MailList list = config.list(delivery.target()).orElseThrow();
        Optional<Map<String, Object>> issue = Links.bulletinIssue(a) ? issueValues.apply(a.id()) : Optional.empty();
        Map<String, Object> values = new HashMap<>(issue.orElse(Map.of()));
        values.put("units", a.units().stream().map(id -> config.unit(id).map(u -> u.name()).orElse(id))
                .collect(Collectors.joining(" · ")));
        values.put("title", a.title());
        values.put("summary", a.summary());
        values.put("body", MailHtml.inline(a.bodyHtml()));
        values.put("image", a.image());
        values.put("link", links.of(a));
        values.put("date", DATE.format(content.publishedAt().atZone(config.site().zone())));
        values.put("list_name", list.name());
        values.put("reason", "Bạn nhận thư này vì đã đăng ký nhận tin cải cách hành chính qua danh sách này.");
        values.put("unsubscribe_url", listHeaders.unsubscribeUrl(list.id(), delivery.recipient()));
        String html = templates.render(issue.isPresent() ? "bulletin-email.html" : "article-email.html", values);

        MimeMessage message = new StableIdMessage(session, listHeaders.messageId(delivery));
        message.setFrom(listHeaders.from(list));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(delivery.recipient()));
        message.setSubject(a.title(), "UTF-8");
        message.setSentDate(Date.from(content.updatedAt()));
        listHeaders.apply(message, list, delivery.recipient());
        message.setContent(alternative(PlainText.of(html), html));
        message.saveChanges();
        return message;
    }

    static MimeMultipart alternative(String text, String html) throws MessagingException {
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart);
        alternative.addBodyPart(htmlPart);
        return alternative;
    }

    /** Keeps the Message-ID set by Loa instead of a new one on every save, so retries keep the same id. */
    static final class StableIdMessage extends MimeMessage {
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
