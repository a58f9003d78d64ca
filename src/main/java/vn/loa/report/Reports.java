package vn.loa.report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.config.LoaConfig;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.content.Channel;
import vn.loa.content.ContentType;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.SendProgress;
import vn.loa.storage.Database;
import vn.loa.storage.Json;
import vn.loa.storage.Timestamps;

/**
 * Builds the quarterly, half-year and annual figures units file: items first published in the period, deliveries
 * that ended in it (sent, failed, dead) per channel, distinct recipients reached, bulletin issues. A feed delivery
 * counts for its unit; an email or chat delivery for every unit of its item; every unit's figures also count for
 * all its ancestors ({@code parent}).
 */
public final class Reports {

    private final LoaConfig config;
    private final Database db;
    private final Clock clock;

    public Reports(LoaConfig config, Database db, Clock clock) {
        this.config = config;
        this.db = db;
        this.clock = clock;
    }

    /** @param unitId one unit (with its descendants), or null for all */
    public Report build(Period period, String unitId) {
        if (unitId != null && config.unit(unitId).isEmpty()) {
            throw new IllegalArgumentException("unknown unit '" + unitId + "' (known: "
                    + String.join(", ", config.units().stream().map(Unit::id).toList()) + ")");
        }
        ZoneId zone = config.site().zone();
        String from = Timestamps.format(period.start(zone));
        String to = Timestamps.format(period.end(zone));
        Map<String, UnitFigures> own = new LinkedHashMap<>();
        for (Unit unit : config.units()) {
            own.put(unit.id(), new UnitFigures(unit.id(), unit.name()));
        }
        Map<String, List<String>> unitsOf = new HashMap<>();
        db.query(c -> {
            try (PreparedStatement st = c.prepareStatement("select id, document, first_seen_at from contents"
                    + " where type = 'article'")) {
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Article article = Json.read(rs.getString(2), Article.class);
                        unitsOf.put(rs.getString(1), article.units());
                        String seen = rs.getString(3);
                        if (seen.compareTo(from) >= 0 && seen.compareTo(to) < 0 && article.type() == ContentType.ARTICLE) {
                            article.units().stream().map(own::get).filter(java.util.Objects::nonNull)
                                    .forEach(f -> f.addItem(article.bulletin() != null));
                        }
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("select content_id, channel, target, status, recipient"
                    + " from deliveries where status in ('sent', 'failed', 'dead')"
                    + " and coalesce(sent_at, updated_at) >= ? and coalesce(sent_at, updated_at) < ?")) {
                st.setString(1, from);
                st.setString(2, to);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Channel channel = Channel.of(rs.getString(2));
                        DeliveryStatus status = DeliveryStatus.of(rs.getString(4));
                        List<String> units = channel == Channel.FEED ? List.of(rs.getString(3))
                                : unitsOf.getOrDefault(rs.getString(1), List.of());
                        for (String unit : units) {
                            UnitFigures figures = own.get(unit);
                            if (figures != null) {
                                figures.addDelivery(channel, status, rs.getString(5));
                            }
                        }
                    }
                }
            }
            return null;
        });
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
        List<SendProgress> inProgress = new DeliveryLog(db, clock).progress(null).stream()
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
