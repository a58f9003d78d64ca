package vn.loa.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.loa.config.LoaConfig;
import vn.loa.config.Unit;

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

    /** Loa's own page of an item. */
    public String page(String id) {
        return config.site().baseUrl() + "/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    public String feedBase(String unitId) {
        return config.site().baseUrl() + "/feeds/" + unitId + "/";
    }
}
