package vn.loa.config;

import java.util.List;

/**
 * A government unit that publishes: its feeds, its default email lists and chat targets.
 * {@code articleUrl} is a template with {@code {id}}; null means Loa's own article page.
 */
public record Unit(String id, String name, String website, String articleUrl, String parent,
                   List<String> lists, List<String> chats, Integer feedItems) {

    public static final int DEFAULT_FEED_ITEMS = 50;

    public Unit {
        lists = lists == null ? List.of() : List.copyOf(lists);
        chats = chats == null ? List.of() : List.copyOf(chats);
        feedItems = feedItems == null ? DEFAULT_FEED_ITEMS : feedItems;
        name = name == null || name.isBlank() ? id : name;
    }
}
