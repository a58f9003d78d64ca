package vn.loa.feed;

import java.time.Instant;

/**
 * The feed-level data of one unit's feeds.
 *
 * @param unitId   the unit id
 * @param title    the unit's name
 * @param homeUrl  the unit's website (or Loa's base URL when it has none)
 * @param feedBase absolute URL of the folder the feeds are served from, ending in '/', e.g. {@code http://host/feeds/bnv/}
 * @param language e.g. {@code vi}
 * @param updated  the newest update among the entries (or now when there are none)
 */
public record FeedChannel(String unitId, String title, String homeUrl, String feedBase, String language, Instant updated) {
}
