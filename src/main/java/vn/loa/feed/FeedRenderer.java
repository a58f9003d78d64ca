package vn.loa.feed;

import java.util.List;
import java.util.Objects;

/**
 * Renders one unit's feed as RSS 2.0, Atom 1.0 and JSON Feed 1.1. Entries are written in the order given
 * (newest first); every text value is stripped of the characters XML 1.0 forbids, in all three formats.
 */
public final class FeedRenderer {

    public String rss(FeedChannel channel, List<FeedEntry> entries) {
        return RssRenderer.render(checked(channel), clean(entries));
    }

    public String atom(FeedChannel channel, List<FeedEntry> entries) {
        return AtomRenderer.render(checked(channel), clean(entries));
    }

    public String jsonFeed(FeedChannel channel, List<FeedEntry> entries) {
        return JsonFeedRenderer.render(checked(channel), clean(entries));
    }

    private static FeedChannel checked(FeedChannel channel) {
        Objects.requireNonNull(channel, "channel");
        String unit = "feed of unit '" + channel.unitId() + "': ";
        Objects.requireNonNull(channel.title(), () -> unit + "title is missing");
        Objects.requireNonNull(channel.homeUrl(), () -> unit + "homeUrl is missing");
        Objects.requireNonNull(channel.feedBase(), () -> unit + "feedBase is missing");
        Objects.requireNonNull(channel.updated(), () -> unit + "updated is missing (use now when there are no entries)");
        return XmlChars.cleaned(channel);
    }

    private static List<FeedEntry> clean(List<FeedEntry> entries) {
        return entries.stream().map(XmlChars::cleaned).toList();
    }
}
