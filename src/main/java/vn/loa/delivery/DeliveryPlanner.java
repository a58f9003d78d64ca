package vn.loa.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.loa.config.Chat;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.content.Channel;

/** Decides every delivery of an item: a feed per unit, one email per list member, one message per chat target. */
public final class DeliveryPlanner {

    static final String NOT_RESENT = "changed version of a published item: email and chat are sent again only with resend: true";

    private final LoaConfig config;

    public DeliveryPlanner(LoaConfig config) {
        this.config = config;
    }

    LoaConfig config() {
        return config;
    }

    /** Feeds always; email and chat only when {@code notify}, otherwise one {@code skipped} row per target. */
    public List<PlannedDelivery> plan(Article article, boolean notify) {
        List<PlannedDelivery> planned = new ArrayList<>();
        if (article.sendsTo(Channel.FEED)) {
            feedUnits(article).forEach(unit -> planned.add(PlannedDelivery.of(Channel.FEED, unit)));
        }
        if (article.sendsTo(Channel.EMAIL)) {
            for (String listId : lists(article)) {
                planned.add(notify ? PlannedDelivery.toMembers(Channel.EMAIL, listId, listId)
                        : PlannedDelivery.skipped(Channel.EMAIL, listId, NOT_RESENT));
            }
        }
        if (article.sendsTo(Channel.CHAT)) {
            for (String chatId : chats(article)) {
                planned.add(notify ? toChat(chatId) : PlannedDelivery.skipped(Channel.CHAT, chatId, NOT_RESENT));
            }
        }
        return planned;
    }

    /** Feed rebuilds only, for a withdrawal. */
    public List<PlannedDelivery> planFeeds(List<String> units) {
        return units.stream().map(unit -> PlannedDelivery.of(Channel.FEED, unit)).toList();
    }

    public Set<String> feedUnits(Article article) {
        return article.sendsTo(Channel.FEED) ? new LinkedHashSet<>(article.units()) : Set.of();
    }

    private PlannedDelivery toChat(String chatId) {
        Chat chat = config.chat(chatId).orElseThrow();
        if (!chat.isZalo()) {
            return PlannedDelivery.of(Channel.CHAT, chatId);
        }
        if (chat.followers() == null || chat.followers().isBlank()) {
            return PlannedDelivery.skipped(Channel.CHAT, chatId, "zalo chat has no followers list");
        }
        return PlannedDelivery.toMembers(Channel.CHAT, chatId, chat.followers());
    }

    private Set<String> lists(Article article) {
        Set<String> ids = article.lists() != null ? new LinkedHashSet<>(article.lists()) : fromUnits(article, Unit::lists);
        ids.removeIf(id -> config.list(id).map(MailList::isZalo).orElse(true));
        return ids;
    }

    private Set<String> chats(Article article) {
        Set<String> ids = article.chats() != null ? new LinkedHashSet<>(article.chats()) : fromUnits(article, Unit::chats);
        ids.removeIf(id -> config.chat(id).isEmpty());
        return ids;
    }

    private Set<String> fromUnits(Article article, Function<Unit, List<String>> targets) {
        Set<String> ids = new LinkedHashSet<>();
        for (String unitId : article.units()) {
            config.unit(unitId).ifPresent(unit -> ids.addAll(targets.apply(unit)));
        }
        return ids;
    }
}
