package vn.loa.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loa.content.Channel;
import vn.loa.storage.Database;
import vn.loa.storage.GroupCommit;
import vn.loa.storage.Timestamps;

/** The {@code deliveries} table: recording planned deliveries, claiming due ones, recording outcomes, queries. */
public final class DeliveryLog {

    /** How long a claimed delivery is left to its worker before another may take it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** Parameters: sent_at, updated_at, remote_id, id. */
    private static final String MARK_SENT = "update deliveries set status = 'sent', attempts = attempts + 1,"
            + " sent_at = ?, updated_at = ?, remote_id = ?, last_error = null, next_attempt_at = null,"
            + " claimed_until = null where id = ?";

    private static final String COLUMNS = "id, content_id, content_version, channel, target, recipient, status,"
            + " attempts, last_error, created_at, updated_at, sent_at, remote_id";

    private final Database db;
    private final Clock clock;
    private final GroupCommit outcomes;

    public DeliveryLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.outcomes = new GroupCommit(db);
    }

    /** Records every planned delivery of a content version; already recorded ones are left as they are. */
    public void record(Connection c, String contentId, String version, List<PlannedDelivery> planned) throws SQLException {
        String now = now();
        String insert = "insert into deliveries (content_id, content_version, channel, target, recipient, status,"
                + " attempts, last_error, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"
                + " on conflict do nothing";
        String members = "insert into deliveries (content_id, content_version, channel, target, recipient, status,"
                + " attempts, created_at, updated_at) select ?, ?, ?, ?, s.address, 'pending', 0, ?, ?"
                + " from subscribers s where s.list_id = ? and s.status = 'confirmed' on conflict do nothing";
        try (PreparedStatement one = c.prepareStatement(insert); PreparedStatement all = c.prepareStatement(members)) {
            // feeds and chats first: deliveries are attempted in id order, and a unit's feed must not wait behind
            // the hundred thousand members of a list
            for (PlannedDelivery p : planned) {
                if (p.listId() == null) {
                    one.setString(1, contentId);
                    one.setString(2, version);
                    one.setString(3, p.channel().key());
                    one.setString(4, p.target());
                    one.setString(5, p.recipient());
                    one.setString(6, p.status().key());
                    one.setString(7, p.note());
                    one.setString(8, now);
                    one.setString(9, now);
                    one.addBatch();
                }
            }
            one.executeBatch();
            for (PlannedDelivery p : planned) {
                if (p.listId() != null) {
                    all.setString(1, contentId);
                    all.setString(2, version);
                    all.setString(3, p.channel().key());
                    all.setString(4, p.target());
                    all.setString(5, now);
                    all.setString(6, now);
                    all.setString(7, p.listId());
                    all.executeUpdate();
                }
            }
        }
    }

    /** Claims up to {@code limit} deliveries that are due now (pending, or failed and past their backoff). */
    public List<Delivery> claimDue(int limit) {
        return claim("status = 'pending' and (next_attempt_at is null or next_attempt_at <= ?)"
                + " and (claimed_until is null or claimed_until <= ?)", limit, null, null);
    }

    /** Claims up to {@code limit} pending deliveries of one content version. */
    public List<Delivery> claimPending(String contentId, String version, int limit) {
        return claim("content_id = ? and content_version = ? and status = 'pending'"
                + " and (next_attempt_at is null or next_attempt_at <= ?) and (claimed_until is null or claimed_until <= ?)",
                limit, contentId, version);
    }

    private List<Delivery> claim(String where, int limit, String contentId, String version) {
        return db.inTransaction(c -> {
            String now = now();
            List<Delivery> due = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from deliveries where "
                    + where + " order by id limit ?")) {
                int i = 1;
                if (contentId != null) {
                    st.setString(i++, contentId);
                    st.setString(i++, version);
                }
                st.setString(i++, now);
                st.setString(i++, now);
                st.setInt(i, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        due.add(row(rs));
                    }
                }
            }
            setClaim(c, due, Timestamps.format(clock.instant().plus(LEASE)));
            return due;
        });
    }

    /** Frees claims left by a process that stopped, so its deliveries are due again (after any backoff they wait for). */
    public int releaseClaims() {
        return db.query(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "update deliveries set claimed_until = null where status = 'pending' and claimed_until is not null")) {
                return st.executeUpdate();
            }
        });
    }

    public void markSent(long id, String remoteId) {
        String now = now();
        outcomes.update(MARK_SENT, now, now, remoteId, id);
    }

    public void markSkipped(long id, String reason) {
        outcomes.update("update deliveries set status = 'skipped', last_error = ?, updated_at = ?, next_attempt_at = null,"
                + " claimed_until = null where id = ?", truncate(reason), now(), id);
    }

    /** A temporary failure: the delivery stays pending and is tried again at {@code retryAt}. */
    public void markDeferred(long id, String error, Instant retryAt, boolean countsAsAttempt) {
        outcomes.update("update deliveries set status = 'pending', attempts = attempts + ?, last_error = ?, updated_at = ?,"
                        + " next_attempt_at = ?, claimed_until = null where id = ?",
                countsAsAttempt ? 1 : 0, truncate(error), now(), Timestamps.format(retryAt), id);
    }

    /** A permanent failure ({@code failed}, until {@code retry}) or the last allowed attempt ({@code dead}). */
    public void markFailed(long id, String error, boolean dead) {
        outcomes.update("update deliveries set status = ?, attempts = attempts + 1, last_error = ?, updated_at = ?,"
                        + " next_attempt_at = null, claimed_until = null where id = ?",
                dead ? "dead" : "failed", truncate(error), now(), id);
    }

    /**
     * A bounce for a delivery that left: failed with {@code last_error} "bounced: REASON" and never tried again.
     * False when the delivery is unknown or this bounce was already recorded (a mailbox may be read twice).
     */
    public boolean markBounced(long id, String reason) {
        return update("update deliveries set status = 'failed', last_error = ?, updated_at = ?, next_attempt_at = null"
                + " where id = ? and (last_error is null or last_error not like 'bounced:%')",
                truncate("bounced: " + reason), now(), id) == 1;
    }

    public Optional<Delivery> get(long id) {
        return db.query(c -> {
            try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from deliveries where id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Makes failed (and, with {@code dead}, dead) deliveries pending again; returns how many. */
    public int revive(String contentId, boolean dead) {
        return revive(contentId, null, dead);
    }

    /** Makes failed (and, with {@code dead}, dead) deliveries of an item and/or a target pending again; null: all. */
    public int revive(String contentId, String target, boolean dead) {
        StringBuilder sql = new StringBuilder("update deliveries set status = 'pending', attempts = 0,"
                + " next_attempt_at = null, claimed_until = null, updated_at = ? where status in "
                + (dead ? "('failed', 'dead')" : "('failed')"));
        List<Object> params = new ArrayList<>(List.of(now()));
        if (contentId != null) {
            sql.append(" and content_id = ?");
            params.add(contentId);
        }
        if (target != null) {
            sql.append(" and target = ?");
            params.add(target);
        }
        return update(sql.toString(), params.toArray());
    }

    public List<Delivery> find(DeliveryFilter filter) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from deliveries where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.contentId() != null) {
            sql.append(" and content_id = ?");
            params.add(filter.contentId());
        }
        if (filter.channel() != null) {
            sql.append(" and channel = ?");
            params.add(filter.channel().key());
        }
        if (filter.status() != null) {
            sql.append(" and status = ?");
            params.add(filter.status().key());
        }
        if (filter.since() != null) {
            sql.append(" and updated_at >= ?");
            params.add(Timestamps.format(filter.since()));
        }
        sql.append(" order by id");
        if (filter.limit() != null) {
            sql.append(" limit ?");
            params.add(filter.limit());
        }
        return db.query(c -> {
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    st.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    List<Delivery> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** Whether a delivery of a content version has not been attempted yet (pending and never tried or paused). */
    public boolean hasUnattempted(String contentId, String version) {
        return db.query(c -> {
            try (PreparedStatement st = c.prepareStatement("select 1 from deliveries where content_id = ?"
                    + " and content_version = ? and status = 'pending' and last_error is null limit 1")) {
                st.setString(1, contentId);
                st.setString(2, version);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The rate of a send in progress is taken over this last stretch of time. */
    static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    /**
     * How far each send has come, per item version and target: of {@code contentId} (every version), or with null,
     * of every item that still has pending deliveries.
     */
    public List<SendProgress> progress(String contentId) {
        String which = contentId != null ? "content_id = ?"
                : "(content_id, content_version) in (select content_id, content_version from deliveries"
                + " where status = 'pending')";
        return db.query(c -> {
            Instant now = clock.instant();
            List<SendProgress> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select content_id, content_version, channel, target,"
                    + " count(*), sum(status = 'sent'), sum(status in ('failed', 'dead')), sum(status = 'skipped'),"
                    + " sum(status = 'pending'), min(sent_at), max(sent_at), sum(status = 'sent' and sent_at >= ?)"
                    + " from deliveries where " + which + " group by content_id, content_version, channel, target"
                    + " order by content_id, content_version, channel, target")) {
                st.setString(1, Timestamps.format(now.minus(RATE_WINDOW)));
                if (contentId != null) {
                    st.setString(2, contentId);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(progressRow(rs, now));
                    }
                }
            }
            return out;
        });
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
        return db.query(c -> {
            try (PreparedStatement st = c.prepareStatement("select channel, status, count(*) from deliveries"
                    + " where content_id = ? and content_version = ? group by channel, status")) {
                st.setString(1, contentId);
                st.setString(2, version);
                Map<Channel, Map<DeliveryStatus, Integer>> out = new EnumMap<>(Channel.class);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(Channel.of(rs.getString(1)), k -> new EnumMap<>(DeliveryStatus.class))
                                .put(DeliveryStatus.of(rs.getString(2)), rs.getInt(3));
                    }
                }
                return out;
            }
        });
    }

    /** How many deliveries of a content version are in each status. */
    public Map<DeliveryStatus, Integer> counts(String contentId, String version) {
        return db.query(c -> {
            try (PreparedStatement st = c.prepareStatement("select status, count(*) from deliveries"
                    + " where content_id = ? and content_version = ? group by status")) {
                st.setString(1, contentId);
                st.setString(2, version);
                Map<DeliveryStatus, Integer> out = new EnumMap<>(DeliveryStatus.class);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(DeliveryStatus.of(rs.getString(1)), rs.getInt(2));
                    }
                }
                return out;
            }
        });
    }

    // --- batches of items (intake of many files at once): a few statements for all of them -----------------------

    /**
     * Inside the transaction that records an item of an inbox batch: claims its feed deliveries for the hand-off that
     * follows, so that the retry sweep leaves them alone while the hand-off waits in its queue. A stop before the
     * hand-off is handled like any claim: released at the next start, then due.
     */
    public void claimFeedsForHandoff(Connection c, String contentId, String version) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update deliveries set claimed_until = ? where content_id = ?"
                + " and content_version = ? and channel = 'feed' and status = 'pending'")) {
            st.setString(1, Timestamps.format(clock.instant().plus(LEASE)));
            st.setString(2, contentId);
            st.setString(3, version);
            st.executeUpdate();
        }
    }

    /**
     * Claims the pending feed deliveries of the handed-off items: the hand-off owns them, also when
     * {@link #claimFeedsForHandoff} claimed them already.
     */
    public List<Delivery> claimPendingFeeds(List<Handoff> handoffs) {
        return db.inTransaction(c -> {
            String now = now();
            List<Delivery> due = new ArrayList<>();
            for (List<Handoff> chunk : chunks(handoffs)) {
                try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from deliveries where channel = 'feed'"
                        + " and status = 'pending' and (next_attempt_at is null or next_attempt_at <= ?)"
                        + " and " + inItems(chunk) + " order by id")) {
                    st.setString(1, now);
                    bindItems(st, 2, chunk);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            due.add(row(rs));
                        }
                    }
                }
            }
            setClaim(c, due, Timestamps.format(clock.instant().plus(LEASE)));
            return due;
        });
    }

    /** Records several deliveries as sent in one transaction; {@code remoteIds} maps delivery id to remote id. */
    public void markAllSent(Map<Long, String> remoteIds) {
        db.inTransaction(c -> {
            String now = now();
            try (PreparedStatement st = c.prepareStatement(MARK_SENT)) {
                for (Map.Entry<Long, String> sent : remoteIds.entrySet()) {
                    st.setString(1, now);
                    st.setString(2, now);
                    st.setString(3, sent.getValue());
                    st.setLong(4, sent.getKey());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    /** Gives claimed deliveries back untried, so that they are claimed again at once (by the next step or worker). */
    public void release(List<Delivery> claimed) {
        db.inTransaction(c -> {
            setClaim(c, claimed, null);
            return null;
        });
    }

    /** Of the given items, those that still have pending deliveries. */
    public List<Handoff> withPending(List<Handoff> handoffs) {
        return db.query(c -> {
            Set<String> out = new HashSet<>();
            for (List<Handoff> chunk : chunks(handoffs)) {
                try (PreparedStatement st = c.prepareStatement("select distinct content_id || '@' || content_version"
                        + " from deliveries where status = 'pending' and " + inItems(chunk))) {
                    bindItems(st, 1, chunk);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getString(1));
                        }
                    }
                }
            }
            return handoffs.stream().filter(h -> out.contains(h.toString())).toList();
        });
    }

    private static void setClaim(Connection c, List<Delivery> deliveries, String until) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update deliveries set claimed_until = ? where id = ?")) {
            for (Delivery d : deliveries) {
                st.setString(1, until);
                st.setLong(2, d.id());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static List<List<Handoff>> chunks(List<Handoff> handoffs) {
        List<List<Handoff>> out = new ArrayList<>();
        for (int i = 0; i < handoffs.size(); i += 400) {
            out.add(handoffs.subList(i, Math.min(handoffs.size(), i + 400)));
        }
        return out;
    }

    private static String inItems(List<Handoff> chunk) {
        return "(content_id, content_version) in (values " + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)")) + ")";
    }

    private static void bindItems(PreparedStatement st, int first, List<Handoff> chunk) throws SQLException {
        int i = first;
        for (Handoff handoff : chunk) {
            st.setString(i++, handoff.contentId());
            st.setString(i++, handoff.version());
        }
    }

    private int update(String sql, Object... params) {
        return db.query(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    st.setObject(i + 1, params[i]);
                }
                return st.executeUpdate();
            }
        });
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "…";
    }

    private static Delivery row(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), Channel.of(rs.getString(4)),
                rs.getString(5), rs.getString(6), DeliveryStatus.of(rs.getString(7)), rs.getInt(8), rs.getString(9),
                Timestamps.parse(rs.getString(10)), Timestamps.parse(rs.getString(11)),
                Timestamps.parse(rs.getString(12)), rs.getString(13));
    }
}
