package vn.loa.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.loa.config.LoaConfig;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.content.Channel;
import vn.loa.content.ContentType;
import vn.loa.delivery.DeliveryQueries;
import vn.loa.delivery.SendProgress;
import vn.loa.i18n.Messages;
import vn.loa.storage.ContentStore;
import vn.loa.storage.StoredContent;

/**
 * Builds the quarterly, half-year and annual figures units file: items first published in the period, deliveries
 * that ended in it (sent, failed, dead) per channel, distinct recipients reached, bulletin issues. A feed delivery
 * counts for its unit; an email or chat delivery for every unit of its item; every unit's figures also count for
 * all its ancestors ({@code parent}). The figures come from the owning stores: items from {@link ContentStore},
 * deliveries from {@link DeliveryQueries}.
 */
public final class Reports {

    private final LoaConfig config;
    private final ContentStore contents;
    private final DeliveryQueries deliveries;
    private final Clock clock;

    public Reports(LoaConfig config, ContentStore contents, DeliveryQueries deliveries, Clock clock) {
        this.config = config;
        this.contents = contents;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** @param unitId one unit (with its descendants), or null for all */
    public Report build(Period period, String unitId) {
        if (unitId != null && config.unit(unitId).isEmpty()) {
            throw new IllegalArgumentException(Messages.t("report.unknown_unit", unitId,
                    String.join(", ", config.units().stream().map(Unit::id).toList())));
        }
        ZoneId zone = config.site().zone();
        Map<String, UnitFigures> own = new LinkedHashMap<>();
        for (Unit unit : config.units()) {
            own.put(unit.id(), new UnitFigures(unit.id(), unit.name()));
        }
        Map<String, List<String>> unitsOf = new HashMap<>();
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        for (StoredContent item : contents.articles()) {
            Article article = item.article();
            unitsOf.put(item.id(), article.units());
            Instant seen = item.firstSeenAt();
            if (!seen.isBefore(from) && seen.isBefore(to) && article.type() == ContentType.ARTICLE) {
                article.units().stream().map(own::get).filter(Objects::nonNull)
                        .forEach(f -> f.addItem(article.bulletin() != null));
            }
        }
        for (DeliveryQueries.Ended d : deliveries.endedBetween(from, to)) {
            List<String> units = d.channel() == Channel.FEED ? List.of(d.target()) : unitsOf.getOrDefault(d.contentId(), List.of());
            for (String unit : units) {
                UnitFigures figures = own.get(unit);
                if (figures != null) {
                    figures.addDelivery(d.channel(), d.status(), d.recipient());
                }
            }
        }
        List<UnitFigures> rows = new ArrayList<>();
        for (Unit unit : config.units()) {
            if (unitId == null || unit.id().equals(unitId)) {
                UnitFigures total = new UnitFigures(unit.id(), unit.name());
                for (Unit other : config.units()) {
                    if (isSelfOrDescendant(other, unit.id())) {
                        total.addAll(own.get(other.id()));
                    }
                }
                rows.add(total);
            }
        }
        List<SendProgress> inProgress = deliveries.progress(null).stream()
                .filter(p -> !p.finished())
                .filter(p -> unitId == null || (p.channel() == Channel.FEED ? List.of(p.target())
                        : unitsOf.getOrDefault(p.contentId(), List.of())).stream()
                        .map(config::unit).flatMap(java.util.Optional::stream)
                        .anyMatch(u -> isSelfOrDescendant(u, unitId)))
                .toList();
        return new Report(period, zone.getId(), clock.instant(), rows, inProgress);
    }

    private boolean isSelfOrDescendant(Unit unit, String ancestor) {
        Unit at = unit;
        for (int depth = 0; at != null && depth <= config.units().size(); depth++) {
            if (at.id().equals(ancestor)) {
                return true;
            }
            at = at.parent() == null ? null : config.unit(at.parent()).orElse(null);
        }
        return false;
    }
}
