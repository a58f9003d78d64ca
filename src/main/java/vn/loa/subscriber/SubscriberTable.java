package vn.loa.subscriber;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.loa.storage.Database;
import vn.loa.storage.Jdbc;
import vn.loa.storage.Json;
import vn.loa.storage.Queries;
import vn.loa.storage.Timestamps;

/**
 * The owner of the {@code subscribers} and {@code consents} tables (statements in {@code subscribers.sql}), on a
 * connection the caller holds.
 */
final class SubscriberTable {

    private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private final Queries sql;

    SubscriberTable(Database db) {
        this.sql = db.queries(SubscriberTable.class, "subscribers");
    }

    /** The statement that selects the confirmed addresses of a list (one parameter: the list id). */
    static String confirmedAddresses(Database db) {
        return db.queries(SubscriberTable.class, "subscribers").sql("confirmed-addresses");
    }

    Optional<Subscriber> select(Connection c, String listId, String address) throws SQLException {
        return Jdbc.one(c, sql.sql("select"), SubscriberTable::row, listId, address);
    }

    void forEach(Connection c, String listId, Consumer<Subscriber> each) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql.sql("list-members"))) {
            // streamed: a list of a million members is never held whole (PostgreSQL streams only with a fetch size,
            // inside a transaction)
            st.setFetchSize(500);
            st.setString(1, listId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    each.accept(row(rs));
                }
            }
        }
    }

    Set<String> attributeNames(Connection c, String listId) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        Jdbc.list(c, sql.sql("attributes"), rs -> names.addAll(attributes(rs.getString(1)).keySet()), listId);
        return names;
    }

    void insert(Connection c, String listId, String address, String name, SubscriberStatus status,
                Map<String, String> attributes, String now) throws SQLException {
        Jdbc.update(c, sql.sql("insert"), listId, address, name, status.key(), json(attributes), now, now);
    }

    void update(Connection c, Subscriber s, String name, Map<String, String> attributes,
                SubscriberStatus status, int hardBounces, String now) throws SQLException {
        Jdbc.update(c, sql.sql("update"), name, json(attributes), status.key(), hardBounces, now, s.listId(), s.address());
    }

    void consent(Connection c, String listId, String address, Consent consent, SubscriberStatus after,
                 String now) throws SQLException {
        Jdbc.update(c, sql.sql("insert-consent"), listId, address, consent.action().key(), after.key(),
                consent.source().key(), consent.evidence(), consent.client(), now);
    }

    List<ConsentRecord> consents(Connection c, String listId, String address) throws SQLException {
        return Jdbc.list(c, sql.sql("consents"), rs -> new ConsentRecord(listId, address,
                new Consent(Consent.Action.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
                        Consent.Source.of(rs.getString(2)), rs.getString(3), rs.getString(4)),
                SubscriberStatus.of(rs.getString(5)), Timestamps.parse(rs.getString(6))), listId, address);
    }

    /** Whether the last change of an address was an operator's {@code subscribers remove}. */
    boolean lastChangeWasRemoval(Connection c, String listId, String address) throws SQLException {
        return Jdbc.one(c, sql.sql("last-consent"), rs -> Consent.Action.REMOVE.key().equals(rs.getString(1))
                && Consent.Source.CLI.key().equals(rs.getString(2)), listId, address).orElse(false);
    }

    /** Confirmed members of a list at {@code at} (text timestamp): those whose latest consent before it left them so. */
    int membersAt(Connection c, String listId, String at) throws SQLException {
        return Jdbc.one(c, sql.sql("members-at"), rs -> rs.getInt(1), listId, at).orElse(0);
    }

    /** Changes of a list's members in [from, to): joined, left, bounced (see {@link ListMovement}). */
    int[] changes(Connection c, String listId, String from, String to) throws SQLException {
        return Jdbc.one(c, sql.sql("membership-changes"), rs -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)},
                listId, to, from).orElse(new int[3]);
    }

    private static String json(Map<String, String> attributes) {
        return attributes == null || attributes.isEmpty() ? null : Json.write(attributes);
    }

    private static Map<String, String> attributes(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return Json.MAPPER.readValue(json, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read subscriber attributes as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Subscriber row(ResultSet rs) throws SQLException {
        return new Subscriber(rs.getString(1), rs.getString(2), rs.getString(3), SubscriberStatus.of(rs.getString(4)),
                attributes(rs.getString(5)), rs.getInt(6), Timestamps.parse(rs.getString(7)), Timestamps.parse(rs.getString(8)));
    }
}
