package vn.loa.email;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.content.Article;
import vn.loa.delivery.Delivery;
import vn.loa.feed.Links;
import vn.loa.i18n.Messages;
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
    private final Cache<Key, Prepared> prepared = Caffeine.newBuilder().maximumSize(64).build();

    private static final Session SESSION = Session.getInstance(new Properties());

    /** One template per item version and list; the update time tells apart two stores of the same version. */
    private record Key(String contentId, String version, String listId, java.time.Instant updatedAt) {
    }

    private record Prepared(EmailTemplate template, InternetAddress sender) {
    }

    private static final class PrepareFailed extends RuntimeException {
        PrepareFailed(Exception cause) {
            super(cause);
        }
    }

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

    /**
     * The email of {@code content} for the member of {@code delivery}: the list's template, rendered once per item
     * version and list, filled with the member's address, Message-ID and unsubscribe token.
     */
    public RawEmail render(Delivery delivery, StoredContent content) throws MessagingException, IOException {
        MailList list = config.list(delivery.target()).orElseThrow();
        Prepared prepared = prepared(list, content);
        InternetAddress to = new InternetAddress(delivery.recipient());
        String messageId = listHeaders.messageId(delivery);
        byte[] bytes = prepared.template().fill(to.toString(), messageId,
                listHeaders.unsubscribeToken(list.id(), delivery.recipient()));
        return new RawEmail(bytes, prepared.sender(), new InternetAddress[] {to}, messageId);
    }

    private Prepared prepared(MailList list, StoredContent content) throws MessagingException, IOException {
        Key key = new Key(content.article().id(), content.article().version(), list.id(), content.updatedAt());
        try {
            return prepared.get(key, k -> {
                try {
                    return prepare(list, content);
                } catch (MessagingException | IOException e) {
                    throw new PrepareFailed(e);
                }
            });
        } catch (PrepareFailed e) {
            if (e.getCause() instanceof MessagingException m) {
                throw m;
            }
            throw (IOException) e.getCause();
        }
    }

    private Prepared prepare(MailList list, StoredContent content) throws MessagingException, IOException {
        Article a = content.article();
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
        Messages messages = Messages.current();
        values.put("reason", messages.get("email.article.reason"));
        values.put("lang", messages.language());
        values.put("t", new MessageLambda(messages));
        values.put("unsubscribe_url", listHeaders.unsubscribeUrlWithToken(EmailTemplate.TOKEN));
        String html = templates.render(issue.isPresent() ? "bulletin-email.html" : "article-email.html", values);

        MimeMessage message = new MimeMessage(SESSION);
        InternetAddress sender = listHeaders.from(list);
        message.setFrom(sender);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(EmailTemplate.RECIPIENT));
        message.setSubject(a.title(), "UTF-8");
        message.setSentDate(Date.from(content.updatedAt()));
        listHeaders.apply(message, list, listHeaders.unsubscribeUrlWithToken(EmailTemplate.TOKEN));
        String unsafe = HeaderGuard.unsafeHeader(message);
        if (unsafe != null) {
            throw new MessagingException("header " + unsafe + " contains a line break or control character");
        }
        return new Prepared(EmailTemplate.of(message, PlainText.of(html), html), sender);
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
