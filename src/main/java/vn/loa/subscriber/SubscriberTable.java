package vn.loa.subscriber;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.loa.storage.Json;
import vn.loa.storage.Timestamps;

/** The SQL of the {@code subscribers} and {@code consents} tables, on a connection the caller holds. */
final class SubscriberTable {

    private static final String COLUMNS = "list_id, address, name, status, attributes, hard_bounces, created_at, updated_at";
    private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private SubscriberTable() {
    }

    static Optional<Subscriber> select(Connection c, String listId, String address) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from subscribers where list_id = ? and address = ?")) {
            st.setString(1, listId);
            st.setString(2, address);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    static void forEach(Connection c, String listId, Consumer<Subscriber> each) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from subscribers where list_id = ?"
                + " order by created_at, address")) {
            st.setString(1, listId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    each.accept(row(rs));
                }
            }
        }
    }

    static Set<String> attributeNames(Connection c, String listId) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement st = c.prepareStatement("select attributes from subscribers where list_id = ?"
                + " and attributes is not null order by created_at, address")) {
            st.setString(1, listId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.addAll(attributes(rs.getString(1)).keySet());
                }
            }
        }
        return names;
    }

    static void insert(Connection c, String listId, String address, String name, SubscriberStatus status,
                       Map<String, String> attributes, String now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into subscribers (list_id, address, name, status, attributes,"
                + " hard_bounces, created_at, updated_at) values (?, ?, ?, ?, ?, 0, ?, ?)")) {
            st.setString(1, listId);
            st.setString(2, address);
            st.setString(3, name);
            st.setString(4, status.key());
            st.setString(5, json(attributes));
            st.setString(6, now);
            st.setString(7, now);
            st.executeUpdate();
        }
    }

    static void update(Connection c, Subscriber s, String name, Map<String, String> attributes,
                       SubscriberStatus status, int hardBounces, String now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update subscribers set name = ?, attributes = ?, status = ?,"
                + " hard_bounces = ?, updated_at = ? where list_id = ? and address = ?")) {
            st.setString(1, name);
            st.setString(2, json(attributes));
            st.setString(3, status.key());
            st.setInt(4, hardBounces);
            st.setString(5, now);
            st.setString(6, s.listId());
            st.setString(7, s.address());
            st.executeUpdate();
        }
    }

    static void consent(Connection c, String listId, String address, Consent consent, SubscriberStatus after,
                        String now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into consents (list_id, address, action, status, source,"
                + " evidence, client, at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, listId);
            st.setString(2, address);
            st.setString(3, consent.action().key());
            st.setString(4, after.key());
            st.setString(5, consent.source().key());
            st.setString(6, consent.evidence());
            st.setString(7, consent.client());
            st.setString(8, now);
            st.executeUpdate();
        }
    }

    static List<ConsentRecord> consents(Connection c, String listId, String address) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select action, source, evidence, client, status, at"
                + " from consents where list_id = ? and address = ? order by id")) {
            st.setString(1, listId);
            st.setString(2, address);
            List<ConsentRecord> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Consent consent = new Consent(Consent.Action.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
                            Consent.Source.of(rs.getString(2)), rs.getString(3), rs.getString(4));
                    out.add(new ConsentRecord(listId, address, consent, SubscriberStatus.of(rs.getString(5)),
                            Timestamps.parse(rs.getString(6))));
                }
            }
            return out;
        }
    }

    /** Whether the last change of an address was an operator's {@code subscribers remove}. */
    static boolean lastChangeWasRemoval(Connection c, String listId, String address) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select action, source from consents where list_id = ? and address = ?"
                + " order by id desc limit 1")) {
            st.setString(1, listId);
            st.setString(2, address);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && Consent.Action.REMOVE.key().equals(rs.getString(1))
                        && Consent.Source.CLI.key().equals(rs.getString(2));
            }
        }
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
