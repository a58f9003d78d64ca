package vn.loa.chat;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.config.Chat;
import vn.loa.config.LoaConfig;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryChannel;
import vn.loa.delivery.DeliveryException;
import vn.loa.delivery.Originals;
import vn.loa.delivery.Receipt;
import vn.loa.feed.Links;
import vn.loa.storage.Database;
import vn.loa.storage.StoredContent;

/**
 * The chat channel: posts each delivery to its chat target through the sender of the chat's type, at the target's
 * pace; a chat with neither {@code url} nor {@code token} goes to {@code content/outbox/} instead. Every failure
 * message names the chat by id, with its URL, tokens and secrets scrubbed.
 */
public final class ChatChannel implements DeliveryChannel {

    private static final Logger LOG = LoggerFactory.getLogger(ChatChannel.class);

    private final LoaConfig config;
    private final Links links;
    private final Map<String, ChatSender> senders;
    private final ChatRateLimiter limiter;
    private final OutboxChatSender outbox;

    ChatChannel(LoaConfig config, Links links, Map<String, ChatSender> senders, ChatRateLimiter limiter,
                OutboxChatSender outbox) {
        this.config = config;
        this.links = links;
        this.senders = Map.copyOf(senders);
        this.limiter = limiter;
        this.outbox = outbox;
    }

    /** The chat channel with every platform's sender, the published rate limits and Zalo tokens kept in {@code db}. */
    public static ChatChannel create(LoaConfig config, Links links, Database db, Clock clock) {
        return create(config, links, new ZaloTokenStore(db), clock, ChatHttp.withDefaults(), ChatRateLimiter.withDefaults());
    }

    static ChatChannel create(LoaConfig config, Links links, ZaloTokenStore zaloStore, Clock clock, ChatHttp http,
                              ChatRateLimiter limiter) {
        ZaloTokens zaloTokens = new ZaloTokens(zaloStore, http, clock);
        Map<String, ChatSender> senders = Stream.of(
                        new SlackSender(http, clock),
                        new TeamsSender(http, clock),
                        new DiscordSender(http, clock, config.site().baseUrl()),
                        new GoogleChatSender(http, clock),
                        new MattermostSender(http, clock),
                        new TelegramSender(http, clock),
                        new ZaloSender(http, zaloTokens, clock),
                        new WebhookSender(http, clock))
                .collect(Collectors.toMap(ChatSender::type, Function.identity()));
        return new ChatChannel(config, links, senders, limiter, new OutboxChatSender(config, links));
    }

    /**
     * The channel of corrections and withdrawals on the same senders, pace and outbox: it edits or deletes what this
     * one sent, or posts a notice about it.
     */
    public DeliveryChannel amendments(Originals originals) {
        return new ChatAmendments(config, links, senders, limiter, outbox, originals);
    }

    @Override
    public String send(Delivery delivery, StoredContent content) throws DeliveryException {
        return deliver(delivery, content).remoteId();
    }

    /** Sends, and keeps in the receipt what a correction needs later: whether the message was a photo (Telegram). */
    @Override
    public Receipt deliver(Delivery delivery, StoredContent content) throws DeliveryException {
        Chat chat = config.chat(delivery.target())
                .orElseThrow(() -> DeliveryException.permanent("chat " + delivery.target() + " is not configured"));
        if (!content.isPublished()) {
            throw DeliveryException.skipped(content.isWithdrawn() ? "the item was withdrawn" : "the item is not published");
        }
        if (chat.toOutbox()) {
            return Receipt.of(outbox.send(delivery, content));
        }
        ChatSender sender = senders.get(chat.type());
        if (sender == null) {
            throw DeliveryException.permanent(ChatHttp.prefix(chat) + "no sender for this chat type");
        }
        Secrets secrets = Secrets.of(chat);
        try {
            ChatMessage message = ChatMessage.of(content, config, links);
            limiter.acquire(chat);
            String remoteId = sender.send(chat, delivery, message);
            LOG.debug("chat {} ({}): delivery #{} sent, remote id {}", chat.id(), chat.type(), delivery.id(), remoteId);
            return Receipt.of(remoteId, Receipt.fields().put("type", chat.type()).put("photo", message.hasImage()));
        } catch (DeliveryException e) {
            throw secrets.scrub(e);
        } catch (RuntimeException e) {
            throw DeliveryException.temporary(secrets.scrub(ChatHttp.prefix(chat) + "unexpected "
                    + e.getClass().getSimpleName() + ": " + e.getMessage()), null);
        }
    }
}
