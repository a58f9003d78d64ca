package vn.loa.chat;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.config.Chat;
import vn.loa.config.LoaConfig;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryChannel;
import vn.loa.delivery.DeliveryException;
import vn.loa.delivery.DeliveryKind;
import vn.loa.delivery.NoticeText;
import vn.loa.delivery.Originals;
import vn.loa.delivery.Receipt;
import vn.loa.feed.Links;
import vn.loa.storage.StoredContent;

/**
 * Corrections and withdrawals on the chat channel, one delivery per message that was sent: a correction edits the
 * message in place and a withdrawal deletes it where the platform lets Loa (Telegram, Discord), else a notice is
 * posted ("[Đính chính] …", "[Gỡ bài] …"; a reply to the original on Telegram; an {@code article.corrected} or
 * {@code article.withdrawn} event on a signed webhook). The receipt says which ({@code action}: edit, delete, post).
 */
final class ChatAmendments implements DeliveryChannel {

    private static final Logger LOG = LoggerFactory.getLogger(ChatAmendments.class);

    private final LoaConfig config;
    private final Links links;
    private final Map<String, ChatSender> senders;
    private final ChatRateLimiter limiter;
    private final OutboxChatSender outbox;
    private final Originals originals;

    ChatAmendments(LoaConfig config, Links links, Map<String, ChatSender> senders, ChatRateLimiter limiter,
                   OutboxChatSender outbox, Originals originals) {
        this.config = config;
        this.links = links;
        this.senders = senders;
        this.limiter = limiter;
        this.outbox = outbox;
        this.originals = originals;
    }

    @Override
    public String send(Delivery notice, StoredContent content) throws DeliveryException {
        return deliver(notice, content).remoteId();
    }

    @Override
    public Receipt deliver(Delivery notice, StoredContent content) throws DeliveryException {
        Chat chat = config.chat(notice.target())
                .orElseThrow(() -> DeliveryException.permanent("chat " + notice.target() + " is not configured"));
        boolean withdrawal = notice.kind() == DeliveryKind.WITHDRAWAL;
        if (withdrawal != content.isWithdrawn()) {
            throw DeliveryException.skipped(withdrawal ? "the item is no longer withdrawn" : "the item was withdrawn");
        }
        Delivery original = originals.of(notice);
        if (chat.toOutbox()) {
            return done("outbox", outbox.send(notice, content));
        }
        ChatSender sender = senders.get(chat.type());
        if (sender == null) {
            throw DeliveryException.permanent(ChatHttp.prefix(chat) + "no sender for this chat type");
        }
        Secrets secrets = Secrets.of(chat);
        try {
            ChatMessage item = ChatMessage.of(content, config, links);
            limiter.acquire(chat);
            if (chat.type().equals("webhook")) {
                return done("event", sender.send(chat, notice, item.noted(NoticeText.note(content))));
            }
            if (withdrawal ? sender.delete(chat, original) : sender.edit(chat, original, item.noted(NoticeText.note(content)))) {
                LOG.debug("chat {}: delivery #{} {} in place", chat.id(), original.id(), withdrawal ? "deleted" : "edited");
                return done(withdrawal ? "delete" : "edit", original.remoteId());
            }
            if (!chat.correctionNotices()) {
                throw DeliveryException.skipped(ChatHttp.prefix(chat) + "no notice: the platform cannot "
                        + (withdrawal ? "delete" : "edit") + " the message and the chat has correction_notices: false");
            }
            ChatMessage text = item.retold(NoticeText.title(notice.kind(), content),
                    NoticeText.body(notice.kind(), content, config.site().zone()));
            return done("post", sender.notice(chat, notice, original, text));
        } catch (DeliveryException e) {
            throw secrets.scrub(e);
        } catch (RuntimeException e) {
            throw DeliveryException.temporary(secrets.scrub(ChatHttp.prefix(chat) + "unexpected "
                    + e.getClass().getSimpleName() + ": " + e.getMessage()), null);
        }
    }

    private static Receipt done(String action, String remoteId) {
        return Receipt.of(remoteId, Receipt.fields().put("action", action));
    }
}
