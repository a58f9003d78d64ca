package vn.loa.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.loa.config.LoaConfig;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.content.ContentType;

/** Absolute URLs of items and feeds: the unit's {@code article_url} template, or Loa's own pages. */
public final class Links {

    private final LoaConfig config;

    public Links(LoaConfig config) {
        this.config = config;
    }

    /** Where a unit's readers read an item. */
    public String article(Unit unit, String id) {
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8);
        if (unit != null && unit.articleUrl() != null && !unit.articleUrl().isBlank()) {
            return unit.articleUrl().replace("{id}", encoded);
        }
        return config.site().baseUrl() + "/articles/" + encoded;
    }

    /** Where an item is read when no particular unit is in view: its first unit's link. */
    public String article(String firstUnit, String id) {
        return article(config.unit(firstUnit).orElse(null), id);
    }

    /** Where an item is read: a bulletin issue's web page, else its first unit's link (or Loa's own page). */
    public String of(Article a) {
        return bulletinIssue(a) ? issuePage(a) : a.units().isEmpty() ? page(a.id()) : article(a.units().get(0), a.id());
    }

    /** As {@link #of(Article)}, in the feed of {@code unit}. */
    public String of(Unit unit, Article a) {
        return bulletinIssue(a) ? issuePage(a) : article(unit, a.id());
    }

    /** An item compiled as an issue of a bulletin (not an editor's note): its id is {@code <bulletin>-<year>-<number>}. */
    public static boolean bulletinIssue(Article a) {
        return a.type() == ContentType.ARTICLE && a.bulletin() != null && a.id().startsWith(a.bulletin() + "-");
    }

    private String issuePage(Article a) {
        return config.site().baseUrl() + "/bulletins/" + a.bulletin() + "/" + a.id().substring(a.bulletin().length() + 1);
    }

    /** Loa's own page of an item. */
    public String page(String id) {
        return config.site().baseUrl() + "/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    public String feedBase(String unitId) {
        return config.site().baseUrl() + "/feeds/" + unitId + "/";
    }
}
