package vn.loa.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.delivery.DeliveryException;
import vn.loa.email.ConfirmationEmail;
import vn.loa.i18n.Messages;
import vn.loa.subscriber.AddressValidator;
import vn.loa.subscriber.Consent;
import vn.loa.subscriber.SubscriberStatus;
import vn.loa.subscriber.Subscribers;
import vn.loa.subscriber.SubscriptionTokens;
import vn.loa.subscriber.SubscriptionTokens.Claim;
import vn.loa.subscriber.SubscriptionTokens.Purpose;

/**
 * {@code /subscribe}, {@code /confirm} and {@code /unsubscribe}. Tokens are checked (in constant time) before any
 * lookup; an invalid token gets the same answer whatever is wrong with it. {@code GET /unsubscribe} only shows a
 * page (link scanners follow GETs); {@code POST /unsubscribe} is the RFC 8058 one-click unsubscribe.
 */
public final class SubscriptionEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionEndpoint.class);
    private static final String HTML = "text/html; charset=utf-8";

    private final LoaConfig config;
    private final Subscribers subscribers;
    private final SubscriptionTokens tokens;
    private final ConfirmationEmail confirmation;
    private final ClientAddress clientAddress;

    public SubscriptionEndpoint(LoaConfig config, Subscribers subscribers, SubscriptionTokens tokens,
                                ConfirmationEmail confirmation) {
        this.config = config;
        this.subscribers = subscribers;
        this.tokens = tokens;
        this.confirmation = confirmation;
        this.clientAddress = new ClientAddress(config.http().trustedProxies());
    }

    /** {@code GET /subscribe?list=…} shows the form; {@code POST /subscribe} ({@code list}, {@code email}, {@code name}). */
    public void subscribe(Exchange exchange) {
        Optional<MailList> list = emailList(param(exchange, "list"));
        if (list.isEmpty()) {
            HttpResponses.send(exchange, 404, HTML, SubscriptionPages.problem(Messages.t("web.problem.no_list")));
            return;
        }
        if (!"POST".equals(method(exchange))) {
            HttpResponses.send(exchange, 200, HTML, SubscriptionPages.form(list.get().id(), list.get().name()));
            return;
        }
        String email = param(exchange, "email");
        AddressValidator.Result address = AddressValidator.email(email == null ? "" : email);
        if (!address.valid()) {
            HttpResponses.send(exchange, 400, HTML, SubscriptionPages.problem(Messages.t("web.problem.bad_address",
                    address.reason())));
            return;
        }
        MailList mailList = list.get();
        Consent consent = Consent.web(Consent.Action.SUBSCRIBE, SubscriptionPages.consentWording(), client(exchange));
        SubscriberStatus status = subscribers.subscribe(mailList, address.address(), param(exchange, "name"), consent);
        if (status == SubscriberStatus.PENDING) {
            try {
                confirmation.send(mailList, address.address());
            } catch (DeliveryException e) {
                LOG.warn("confirmation email to {} for list {} not sent: {}", address.address(), mailList.id(), e.getMessage());
                HttpResponses.send(exchange, 503, HTML, SubscriptionPages.problem(Messages.t("web.problem.not_sent")));
                return;
            }
            HttpResponses.send(exchange, 200, HTML, SubscriptionPages.checkMailbox(mailList.name()));
        } else {
            HttpResponses.send(exchange, 200, HTML, mailList.doubleOptIn()
                    ? SubscriptionPages.checkMailbox(mailList.name()) : SubscriptionPages.subscribed(mailList.name()));
        }
    }

    /** {@code GET /confirm?token=…}. */
    public void confirm(Exchange exchange) {
        Optional<Claim> claim = tokens.verify(param(exchange, "token"), Purpose.CONFIRM);
        Optional<MailList> list = claim.flatMap(c -> emailList(c.listId()));
        if (list.isEmpty()) {
            HttpResponses.send(exchange, 400, HTML, SubscriptionPages.invalidLink());
            return;
        }
        subscribers.confirm(list.get(), claim.get().address(),
                Consent.web(Consent.Action.CONFIRM, "confirm link of the double opt-in email", client(exchange)));
        HttpResponses.send(exchange, 200, HTML, SubscriptionPages.confirmed(list.get().name()));
    }

    /** {@code GET /unsubscribe?token=…} (a page with a button) and {@code POST /unsubscribe?token=…} (one-click). */
    public void unsubscribe(Exchange exchange) {
        String token = param(exchange, "token");
        Optional<Claim> claim = tokens.verify(token, Purpose.UNSUBSCRIBE);
        Optional<MailList> list = claim.flatMap(c -> config.list(c.listId()));
        if (list.isEmpty()) {
            HttpResponses.send(exchange, 400, HTML, SubscriptionPages.invalidLink());
            return;
        }
        if (!"POST".equals(method(exchange))) {
            HttpResponses.send(exchange, 200, HTML, SubscriptionPages.unsubscribeForm(token, list.get().name(),
                    claim.get().address()));
            return;
        }
        boolean oneClick = "List-Unsubscribe=One-Click".equals(param(exchange, "List-Unsubscribe"));
        subscribers.unsubscribe(list.get(), claim.get().address(), oneClick ? Consent.oneClick(client(exchange))
                : Consent.web(Consent.Action.UNSUBSCRIBE, "unsubscribe page button", client(exchange)));
        HttpResponses.send(exchange, 200, HTML, SubscriptionPages.unsubscribed(list.get().name()));
    }

    private Optional<MailList> emailList(String id) {
        return id == null ? Optional.empty() : config.list(id).filter(l -> !l.isZalo());
    }

    private static String method(Exchange exchange) {
        return exchange.getMessage().getHeader(Exchange.HTTP_METHOD, String.class);
    }

    /** A query or form parameter: Camel puts both into headers; an unread urlencoded body is parsed here. */
    static String param(Exchange exchange, String name) {
        Message in = exchange.getMessage();
        Object header = in.getHeader(name);
        if (header instanceof String s) {
            return s;
        }
        if (header instanceof Iterable<?> values) {
            for (Object v : values) {
                return String.valueOf(v);
            }
        }
        String type = in.getHeader(Exchange.CONTENT_TYPE, "", String.class);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            String body = in.getBody(String.class);
            if (body != null) {
                for (String pair : body.split("&")) {
                    int eq = pair.indexOf('=');
                    String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    if (key.equals(name)) {
                        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return null;
    }

    /** Evidence of who asked: the client address ({@link ClientAddress}) and the user agent. */
    private String client(Exchange exchange) {
        String agent = exchange.getMessage().getHeader("User-Agent", String.class);
        String text = clientAddress.of(exchange) + (agent == null ? "" : " " + agent);
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
