package vn.loa.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loa.content.Channel;
import vn.loa.storage.Database;
import vn.loa.storage.Jdbc;
import vn.loa.storage.Json;
import vn.loa.storage.Queries;
import vn.loa.storage.Timestamps;

/**
 * Answers the delivery log: rows by id or filter, counts, how far each send has come, and what reports count of a set of
 * items (every version of each): deliveries per status, distinct recipients reached, deliveries that failed at least
 * once. A recipient is an email address, a chat's follower, a chat channel (recipient '') or a unit feed.
 */
public final class DeliveryQueries {

    /** The rate of a send in progress is taken over this last stretch of time. */
    static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private final Database db;
    private final Clock clock;
    private final Queries sql;

    DeliveryQueries(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.sql = db.queries(DeliveryQueries.class, "deliveries");
    }

    public Optional<Delivery> get(long id) {
        return db.query(c -> Jdbc.one(c, sql.sql("get"), DeliveryQueries::row, id));
    }

    /** The latest message of {@code notice}'s item to its channel, target and recipient, in any version. */
    public Optional<Delivery> originalOf(Delivery notice) {
        return db.query(c -> Jdbc.one(c, sql.sql("original-of"), DeliveryQueries::row, notice.contentId(),
                notice.channel().key(), notice.target(), notice.recipient()));
    }

    public List<Delivery> find(DeliveryFilter filter) {
        StringBuilder filters = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (filter.contentId() != null) {
            filters.append(' ').append(sql.sql("and-content"));
            params.add(filter.contentId());
        }
        if (filter.channel() != null) {
            filters.append(' ').append(sql.sql("and-channel"));
            params.add(filter.channel().key());
        }
        if (filter.status() != null) {
            filters.append(' ').append(sql.sql("and-status"));
            params.add(filter.status().key());
        }
        if (filter.since() != null) {
            filters.append(' ').append(sql.sql("and-since"));
            params.add(Timestamps.format(filter.since()));
        }
        String limit = "";
        if (filter.limit() != null) {
            limit = "limit ?";
            params.add(filter.limit());
        }
        String statement = sql.sql("find", Map.of("filters", filters.toString(), "limit", limit));
        return db.query(c -> Jdbc.list(c, statement, DeliveryQueries::row, params.toArray()));
    }

    /** Whether a delivery of a content version has not been attempted yet (pending and never tried or paused). */
    public boolean hasUnattempted(String contentId, String version) {
        return db.query(c -> Jdbc.one(c, sql.sql("has-unattempted"), rs -> true, contentId, version)).isPresent();
    }

    /**
     * How far each send has come, per item version and target: of {@code contentId} (every version), or with null,
     * of every item that still has pending deliveries.
     */
    public List<SendProgress> progress(String contentId) {
        Instant now = clock.instant();
        String statement = sql.sql("progress", Map.of("which",
                sql.sql(contentId != null ? "progress-of-content" : "progress-of-pending")));
        Object[] params = contentId != null
                ? new Object[] {Timestamps.format(now.minus(RATE_WINDOW)), contentId}
                : new Object[] {Timestamps.format(now.minus(RATE_WINDOW))};
        return db.query(c -> Jdbc.list(c, statement, rs -> progressRow(rs, now), params));
    }

    private static SendProgress progressRow(ResultSet rs, Instant now) throws SQLException {
        int sent = rs.getInt(6);
        int pending = rs.getInt(9);
        Instant first = Timestamps.parse(rs.getString(10));
        Instant last = Timestamps.parse(rs.getString(11));
        int recent = rs.getInt(12);
        double perSecond = 0;
        if (first != null) {
            Instant from = pending == 0 ? first : (first.isAfter(now.minus(RATE_WINDOW)) ? first : now.minus(RATE_WINDOW));
            Instant to = pending == 0 ? last : now;
            double seconds = Math.max(1, Duration.between(from, to).toMillis() / 1000.0);
            perSecond = (pending == 0 ? sent : recent) / seconds;
        }
        return new SendProgress(rs.getString(1), rs.getString(2), Channel.of(rs.getString(3)), rs.getString(4),
                rs.getInt(5), sent, rs.getInt(7), rs.getInt(8), pending, first, last, perSecond);
    }

    /** How many deliveries of a content version are in each status, per channel. */
    public Map<Channel, Map<DeliveryStatus, Integer>> countsByChannel(String contentId, String version) {
        Map<Channel, Map<DeliveryStatus, Integer>> out = new EnumMap<>(Channel.class);
        db.query(c -> Jdbc.list(c, sql.sql("counts-by-channel"), rs -> out
                .computeIfAbsent(Channel.of(rs.getString(1)), k -> new EnumMap<>(DeliveryStatus.class))
                .put(DeliveryStatus.of(rs.getString(2)), rs.getInt(3)), contentId, version));
        return out;
    }

    /** How many deliveries of a content version are in each status. */
    public Map<DeliveryStatus, Integer> counts(String contentId, String version) {
        Map<DeliveryStatus, Integer> out = new EnumMap<>(DeliveryStatus.class);
        db.query(c -> Jdbc.list(c, sql.sql("counts"), rs -> out.put(DeliveryStatus.of(rs.getString(1)), rs.getInt(2)),
                contentId, version));
        return out;
    }

    /** Of the given items, those that still have pending deliveries. */
    public List<Handoff> withPending(List<Handoff> handoffs) {
        Set<Handoff> pending = new HashSet<>();
        db.query(c -> {
            for (List<Handoff> chunk : DeliveryLeases.chunks(handoffs)) {
                List<Object> params = new ArrayList<>();
                chunk.forEach(h -> {
                    params.add(h.contentId());
                    params.add(h.version());
                });
                pending.addAll(Jdbc.list(c, sql.sql("with-pending", Map.of("items", DeliveryLeases.pairs(chunk.size()))),
                        rs -> new Handoff(rs.getString(1), rs.getString(2)), params.toArray()));
            }
            return null;
        });
        return handoffs.stream().filter(pending::contains).toList();
    }

    /** Per item, channel and status, how many deliveries of {@code contentIds} are in that status now. */
    public Map<String, Map<Channel, Map<DeliveryStatus, Integer>>> countsOf(Collection<String> contentIds) {
        Map<String, Map<Channel, Map<DeliveryStatus, Integer>>> out = new HashMap<>();
        if (!contentIds.isEmpty()) {
            db.query(c -> Jdbc.list(c, sql.sql("counts-of-items"), rs -> out.computeIfAbsent(rs.getString(1),
                            k -> new EnumMap<>(Channel.class)).computeIfAbsent(Channel.of(rs.getString(2)),
                            k -> new EnumMap<>(DeliveryStatus.class)).put(DeliveryStatus.of(rs.getString(3)), rs.getInt(4)),
                    ids(contentIds)));
        }
        return out;
    }

    /** Per channel, the distinct recipients at least one sent delivery of {@code contentIds} reached. */
    public Map<Channel, Integer> recipientsOf(Collection<String> contentIds) {
        Map<Channel, Integer> out = new EnumMap<>(Channel.class);
        if (!contentIds.isEmpty()) {
            db.query(c -> Jdbc.list(c, sql.sql("recipients-of-items"),
                    rs -> out.put(Channel.of(rs.getString(1)), rs.getInt(2)), ids(contentIds)));
        }
        return out;
    }

    /** Per item and channel, the distinct recipients its sent deliveries reached. */
    public Map<String, Map<Channel, Integer>> recipientsByItem(Collection<String> contentIds) {
        Map<String, Map<Channel, Integer>> out = new HashMap<>();
        if (!contentIds.isEmpty()) {
            db.query(c -> Jdbc.list(c, sql.sql("recipients-by-item"), rs -> out.computeIfAbsent(rs.getString(1),
                    k -> new EnumMap<>(Channel.class)).put(Channel.of(rs.getString(2)), rs.getInt(3)), ids(contentIds)));
        }
        return out;
    }

    /**
     * Per channel, the deliveries of {@code contentIds} that failed at least once (an attempt that failed for now, a
     * permanent failure, a bounce, the last attempt), by the status they have now.
     */
    public Map<Channel, Map<DeliveryStatus, Integer>> failedOnce(Collection<String> contentIds) {
        Map<Channel, Map<DeliveryStatus, Integer>> out = new EnumMap<>(Channel.class);
        if (!contentIds.isEmpty()) {
            db.query(c -> Jdbc.list(c, sql.sql("failed-once"), rs -> out.computeIfAbsent(Channel.of(rs.getString(1)),
                            k -> new EnumMap<>(DeliveryStatus.class)).put(DeliveryStatus.of(rs.getString(2)), rs.getInt(3)),
                    ids(contentIds)));
        }
        return out;
    }

    /**
     * How many deliveries of {@code kind} about {@code contentIds} were sent: for a correction or withdrawal, the
     * messages edited or deleted and the notices that reached someone.
     */
    public int noticesOf(Collection<String> contentIds, DeliveryKind kind) {
        if (contentIds.isEmpty()) {
            return 0;
        }
        return db.query(c -> Jdbc.one(c, sql.sql("notices-of-items"), rs -> rs.getInt(1), kind.key(), ids(contentIds))
                .orElse(0));
    }

    /** A set of ids as the one parameter of {@code {{id-set}}}. */
    private static String ids(Collection<String> contentIds) {
        return Json.write(List.copyOf(contentIds));
    }

    static Delivery row(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), Channel.of(rs.getString(4)),
                rs.getString(5), rs.getString(6), DeliveryStatus.of(rs.getString(7)), rs.getInt(8), rs.getString(9),
                Timestamps.parse(rs.getString(10)), Timestamps.parse(rs.getString(11)),
                Timestamps.parse(rs.getString(12)), rs.getString(13), DeliveryKind.of(rs.getString(14)), rs.getString(15));
    }
}
