package vn.loa.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.delivery.DeliveryException;
import vn.loa.i18n.Messages;
import vn.loa.subscriber.SubscriptionTokens;

/**
 * Sends the double opt-in email with its signed confirm link, from {@code templates/confirm-email.html}; its words are
 * the {@code email.confirm.*} messages.
 */
public final class ConfirmationEmail {

    private final LoaConfig config;
    private final Templates templates;
    private final ListHeaders listHeaders;
    private final SubscriptionTokens tokens;
    private final Mailer mailer;

    public ConfirmationEmail(LoaConfig config, Templates templates, ListHeaders listHeaders, SubscriptionTokens tokens,
                             Mailer mailer) {
        this.config = config;
        this.templates = templates;
        this.listHeaders = listHeaders;
        this.tokens = tokens;
        this.mailer = mailer;
    }

    public void send(MailList list, String address) throws DeliveryException {
        String url = config.site().baseUrl() + "/confirm?token=" + tokens.confirm(list.id(), address);
        Messages messages = Messages.current();
        String html = templates.render("confirm-email.html", Map.of("list_name", list.name(), "address", address,
                "confirm_url", url, "days", SubscriptionTokens.CONFIRM_VALIDITY.toDays(),
                "lang", messages.language(), "t", new MessageLambda(messages)));
        try {
            Session session = mailer.session();
            String id = UUID.randomUUID().toString();
            MimeMessage message = new ArticleEmail.StableIdMessage(session, "<confirm." + id + "@"
                    + java.net.URI.create(config.site().baseUrl()).getHost() + ">");
            message.setFrom(listHeaders.from(list));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address));
            message.setSubject(messages.get("email.confirm.subject", list.name()), "UTF-8");
            message.setSentDate(new Date());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setContent(ArticleEmail.alternative(PlainText.of(html), html));
            message.saveChanges();
            mailer.send(message, "confirm-" + list.id() + "-" + id);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw DeliveryException.permanent("cannot build the confirmation email for " + address + ": " + e.getMessage());
        }
    }
}
