package vn.loa.config;

import java.util.List;

/**
 * A government unit that publishes: its feeds, its default email lists and chat targets.
 * {@code articleUrl} is a template with {@code {id}}; null means Loa's own article page. {@code report} is what its
 * official report prints around the figures (signer, recipients, place).
 */
public record Unit(String id, String name, String website, String articleUrl, String parent,
                   List<String> lists, List<String> chats, Integer feedItems, UnitReport report) {

    public static final int DEFAULT_FEED_ITEMS = 50;

    public Unit {
        lists = lists == null ? List.of() : List.copyOf(lists);
        chats = chats == null ? List.of() : List.copyOf(chats);
        feedItems = feedItems == null ? DEFAULT_FEED_ITEMS : feedItems;
        name = name == null || name.isBlank() ? id : name;
        report = report == null ? UnitReport.none() : report;
    }

    /** A unit with no {@code report:} block. */
    public Unit(String id, String name, String website, String articleUrl, String parent, List<String> lists,
                List<String> chats, Integer feedItems) {
        this(id, name, website, articleUrl, parent, lists, chats, feedItems, null);
    }
}
