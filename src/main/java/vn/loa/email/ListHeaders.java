package vn.loa.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.delivery.Delivery;
import vn.loa.subscriber.SubscriptionTokens;

/** The one place that sets sender, Message-ID and the list headers (RFC 2369, RFC 8058) of every list email. */
public final class ListHeaders {

    private final LoaConfig config;
    private final SubscriptionTokens tokens;
    private final String host;

    public ListHeaders(LoaConfig config, SubscriptionTokens tokens) {
        this.config = config;
        this.tokens = tokens;
        this.host = URI.create(config.site().baseUrl()).getHost();
    }

    /** {@code <DELIVERYID.CONTENTID@host>}: the same for every attempt of a delivery; bounces are matched by it. */
    public String messageId(Delivery delivery) {
        return "<" + delivery.id() + "." + delivery.contentId() + "@" + host + ">";
    }

    public InternetAddress from(MailList list) throws AddressException, UnsupportedEncodingException {
        if (list.from() == null || list.from().isBlank()) {
            return new InternetAddress("noreply@" + host, "Loa", "UTF-8");
        }
        InternetAddress parsed = new InternetAddress(list.from(), true);
        return parsed.getPersonal() == null ? parsed : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
    }

    public String unsubscribeUrl(String listId, String address) {
        return unsubscribeUrlWithToken(unsubscribeToken(listId, address));
    }

    public String unsubscribeToken(String listId, String address) {
        return tokens.unsubscribe(listId, address);
    }

    public String unsubscribeUrlWithToken(String token) {
        return config.site().baseUrl() + "/unsubscribe?token=" + token;
    }

    /** Sets the list headers with the member's unsubscribe URL ({@link #unsubscribeUrl}). */
    public void apply(MimeMessage message, MailList list, String url) throws MessagingException {
        String sender;
        try {
            sender = from(list).getAddress();
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException(e.getMessage(), e);
        }
        String mailto = "mailto:" + sender + "?subject=" + URLEncoder.encode("unsubscribe " + list.id(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        message.setHeader("List-Id", "<" + list.id() + "." + host + ">");
        message.setHeader("List-Unsubscribe", "<" + url + ">, <" + mailto + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Precedence", "bulk");
        message.setHeader("Auto-Submitted", "auto-generated");
    }
}
