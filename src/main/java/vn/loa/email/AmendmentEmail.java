package vn.loa.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryChannel;
import vn.loa.delivery.DeliveryException;
import vn.loa.delivery.DeliveryKind;
import vn.loa.delivery.NoticeText;
import vn.loa.delivery.Originals;
import vn.loa.delivery.Receipt;
import vn.loa.feed.Links;
import vn.loa.i18n.Messages;
import vn.loa.storage.StoredContent;
import vn.loa.subscriber.Subscribers;

/**
 * Corrections and withdrawals by email ({@code templates/correction-email.html}): one message to each address that was
 * sent the item, while it is still a confirmed member of the list (not after it unsubscribed or bounced), threaded
 * under the original ({@code In-Reply-To}, {@code References}) with its own Message-ID, a "[Đính chính]" or "[Gỡ bài]"
 * subject and the list headers of SPEC §7.
 */
public final class AmendmentEmail implements DeliveryChannel {

    private final LoaConfig config;
    private final Links links;
    private final Templates templates;
    private final ListHeaders listHeaders;
    private final Mailer mailer;
    private final Subscribers subscribers;
    private final Originals originals;

    public AmendmentEmail(LoaConfig config, Links links, Templates templates, ListHeaders listHeaders, Mailer mailer,
                          Subscribers subscribers, Originals originals) {
        this.config = config;
        this.links = links;
        this.templates = templates;
        this.listHeaders = listHeaders;
        this.mailer = mailer;
        this.subscribers = subscribers;
        this.originals = originals;
    }

    @Override
    public String send(Delivery notice, StoredContent content) throws DeliveryException {
        return deliver(notice, content).remoteId();
    }

    @Override
    public Receipt deliver(Delivery notice, StoredContent content) throws DeliveryException {
        MailList list = config.list(notice.target())
                .orElseThrow(() -> DeliveryException.permanent("list " + notice.target() + " is not configured"));
        boolean withdrawal = notice.kind() == DeliveryKind.WITHDRAWAL;
        if (withdrawal != content.isWithdrawn()) {
            throw DeliveryException.skipped(withdrawal ? "the item is no longer withdrawn" : "the item was withdrawn");
        }
        Delivery original = originals.of(notice);
        if (!subscribers.isConfirmed(list, notice.recipient())) {
            throw DeliveryException.skipped("the address is no longer a confirmed member of " + notice.target());
        }
        String inReplyTo = listHeaders.messageId(original);
        try {
            MimeMessage message = message(notice, content, list, inReplyTo);
            String remoteId = mailer.send(message, notice.id() + "-" + notice.contentId() + "-" + notice.target());
            return Receipt.of(remoteId, Receipt.fields().put("action", "email").put("in_reply_to", inReplyTo));
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw DeliveryException.permanent("cannot build the " + notice.kind().key() + " email for "
                    + notice.recipient() + ": " + e.getMessage());
        }
    }

    private MimeMessage message(Delivery notice, StoredContent content, MailList list, String inReplyTo)
            throws MessagingException, UnsupportedEncodingException {
        boolean withdrawal = notice.kind() == DeliveryKind.WITHDRAWAL;
        Messages messages = Messages.current();
        String title = content.article().title();
        String subject = messages.get(withdrawal ? "correction.email.subject.withdrawal"
                : "correction.email.subject.correction", title);
        String unsubscribe = listHeaders.unsubscribeUrl(list.id(), notice.recipient());
        Map<String, Object> values = new HashMap<>();
        values.put("units", content.article().units().stream()
                .map(id -> config.unit(id).map(u -> u.name()).orElse(id)).collect(Collectors.joining(" · ")));
        values.put("title", title);
        values.put("subject", subject);
        values.put("intro", messages.get(withdrawal ? "correction.email.intro.withdrawal"
                : "correction.email.intro.correction", title));
        values.put("note", NoticeText.body(notice.kind(), content, config.site().zone()));
        values.put("summary", withdrawal ? null : content.article().summary());
        values.put("link", links.of(content.article()));
        values.put("link_label", messages.get(withdrawal ? "correction.email.page" : "correction.email.read"));
        values.put("list_name", list.name());
        values.put("unsubscribe_url", unsubscribe);
        values.put("lang", messages.language());
        values.put("t", new MessageLambda(messages));
        String html = templates.render("correction-email.html", values);

        MimeMessage message = new ArticleEmail.StableIdMessage(mailer.session(), listHeaders.messageId(notice));
        message.setFrom(listHeaders.from(list));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(notice.recipient()));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(Date.from(content.updatedAt()));
        message.setHeader("In-Reply-To", inReplyTo);
        message.setHeader("References", inReplyTo);
        listHeaders.apply(message, list, unsubscribe);
        message.setContent(ArticleEmail.alternative(PlainText.of(html), html));
        String unsafe = HeaderGuard.unsafeHeader(message);
        if (unsafe != null) {
            throw new MessagingException("header " + unsafe + " contains a line break or control character");
        }
        message.saveChanges();
        return message;
    }
}
