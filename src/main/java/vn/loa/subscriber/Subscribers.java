package vn.loa.subscriber;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.loa.config.MailList;
import vn.loa.storage.Database;
import vn.loa.storage.Json;
import vn.loa.storage.Timestamps;

/**
 * The members of every list ({@code subscribers}) and the evidence of their consent ({@code consents}). Every
 * change of a member's status writes a consent row in the same transaction. Addresses given to the methods are
 * checked and normalized for the list's kind; an invalid one throws {@link InvalidAddressException} from the
 * methods that change something, and is simply not found by the others.
 */
public final class Subscribers {

    private static final String COLUMNS = "list_id, address, name, status, attributes, hard_bounces, created_at, updated_at";
    private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private final Database db;
    private final Clock clock;

    public Subscribers(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Subscriber> find(MailList list, String address) {
        AddressValidator.Result checked = AddressValidator.check(list, address);
        return checked.valid() ? db.query(c -> select(c, list.id(), checked.address())) : Optional.empty();
    }

    /** Whether the address may be sent to now. */
    public boolean isConfirmed(MailList list, String address) {
        return find(list, address).map(s -> s.status() == SubscriberStatus.CONFIRMED).orElse(false);
    }

    /**
     * A person asks to join: {@code pending} until confirmed when the list has double opt-in, else {@code confirmed}.
     * An address that unsubscribed or bounced may subscribe again this way, because the person asks for it. A
     * confirmed member stays confirmed (a non-blank {@code name} replaces the stored one).
     *
     * @return the status after the request
     */
    public SubscriberStatus subscribe(MailList list, String address, String name, Consent consent) {
        String key = normalize(list, address);
        SubscriberStatus target = list.doubleOptIn() ? SubscriberStatus.PENDING : SubscriberStatus.CONFIRMED;
        return db.inTransaction(c -> {
            String now = now();
            Optional<Subscriber> found = select(c, list.id(), key);
            if (found.isEmpty()) {
                insert(c, list.id(), key, clean(name), target, Map.of(), now);
                consent(c, list.id(), key, consent, target, now);
                return target;
            }
            Subscriber s = found.get();
            String newName = clean(name) == null ? s.name() : clean(name);
            if (s.status() == SubscriberStatus.CONFIRMED) {
                if (!Objects.equals(newName, s.name())) {
                    update(c, s, newName, s.attributes(), s.status(), s.hardBounces(), now);
                }
                return SubscriberStatus.CONFIRMED;
            }
            update(c, s, newName, s.attributes(), target, 0, now);
            consent(c, list.id(), key, consent, target, now);
            return target;
        });
    }

    /** Confirms a pending member; false for any other status, or an unknown address. */
    public boolean confirm(MailList list, String address, Consent consent) {
        return change(list, address, consent, SubscriberStatus.CONFIRMED, s -> s.status() == SubscriberStatus.PENDING);
    }

    /**
     * Unsubscribes a member. Idempotent: true when this call unsubscribed the address, false when it was already
     * unsubscribed or is not on the list (nothing is recorded then).
     */
    public boolean unsubscribe(MailList list, String address, Consent consent) {
        return change(list, address, consent, SubscriberStatus.UNSUBSCRIBED,
                s -> s.status() != SubscriberStatus.UNSUBSCRIBED);
    }

    /**
     * An operator's removal: the member is kept as {@code unsubscribed}, so that an import does not add the address
     * again; {@link #add} may undo it. Same answer as {@link #unsubscribe}.
     */
    public boolean remove(MailList list, String address, Consent consent) {
        return unsubscribe(list, address, consent);
    }

    /**
     * An operator adds a confirmed member. A member who unsubscribed is not brought back, unless the last change was
     * an operator's removal; a bounced address is (the operator vouches it works again).
     */
    public MemberChange add(MailList list, String address, String name, Consent consent) {
        String key = normalize(list, address);
        return db.inTransaction(c -> {
            Optional<Subscriber> found = select(c, list.id(), key);
            boolean reopen = found.isPresent() && (found.get().status() == SubscriberStatus.BOUNCED
                    || found.get().status() == SubscriberStatus.UNSUBSCRIBED && removedByOperator(c, list.id(), key));
            return upsertConfirmed(c, list.id(), key, name, Map.of(), consent, reopen);
        });
    }

    /**
     * Counts a hard bounce; at {@code hardLimit} bounces a pending or confirmed member becomes {@code bounced}.
     *
     * @return the status after, or empty when the address is not on the list
     */
    public Optional<SubscriberStatus> recordHardBounce(MailList list, String address, String reason, int hardLimit) {
        AddressValidator.Result checked = AddressValidator.check(list, address);
        if (!checked.valid()) {
            return Optional.empty();
        }
        return db.inTransaction(c -> {
            Optional<Subscriber> found = select(c, list.id(), checked.address());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Subscriber s = found.get();
            int bounces = s.hardBounces() + 1;
            boolean ends = bounces >= Math.max(1, hardLimit)
                    && (s.status() == SubscriberStatus.CONFIRMED || s.status() == SubscriberStatus.PENDING);
            SubscriberStatus after = ends ? SubscriberStatus.BOUNCED : s.status();
            String now = now();
            update(c, s, s.name(), s.attributes(), after, bounces, now);
            if (ends) {
                consent(c, list.id(), s.address(), Consent.bounce(reason), after, now);
            }
            return Optional.of(after);
        });
    }

    /** The consent history of an address, oldest first. */
    public List<ConsentRecord> consents(MailList list, String address) {
        AddressValidator.Result checked = AddressValidator.check(list, address);
        if (!checked.valid()) {
            return List.of();
        }
        return db.query(c -> {
            try (PreparedStatement st = c.prepareStatement("select action, source, evidence, client, status, at"
                    + " from consents where list_id = ? and address = ? order by id")) {
                st.setString(1, list.id());
                st.setString(2, checked.address());
                List<ConsentRecord> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Consent consent = new Consent(Consent.Action.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
                                Consent.Source.of(rs.getString(2)), rs.getString(3), rs.getString(4));
                        out.add(new ConsentRecord(list.id(), checked.address(), consent,
                                SubscriberStatus.of(rs.getString(5)), Timestamps.parse(rs.getString(6))));
                    }
                }
                return out;
            }
        });
    }

    /** Streams every member of a list, oldest first, without loading the list. */
    public void forEach(MailList list, Consumer<Subscriber> each) {
        db.query(c -> {
            try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from subscribers where list_id = ?"
                    + " order by created_at, address")) {
                st.setString(1, list.id());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        each.accept(row(rs));
                    }
                }
            }
            return null;
        });
    }

    /** The attribute names used in a list, in the order they first appear. */
    public Set<String> attributeNames(MailList list) {
        return db.query(c -> {
            Set<String> names = new LinkedHashSet<>();
            try (PreparedStatement st = c.prepareStatement("select attributes from subscribers where list_id = ?"
                    + " and attributes is not null order by created_at, address")) {
                st.setString(1, list.id());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        names.addAll(attributes(rs.getString(1)).keySet());
                    }
                }
            }
            return names;
        });
    }

    /** Runs import work in one transaction. */
    <T> T inTransaction(Database.Work<T> work) {
        return db.inTransaction(work);
    }

    /**
     * Makes a normalized address a confirmed member with {@code name} and {@code attributes} merged in (blank values
     * keep what is stored). Ended members stay as they are unless {@code reopen}.
     */
    MemberChange upsertConfirmed(Connection c, String listId, String address, String name, Map<String, String> attributes,
                                 Consent consent, boolean reopen) throws SQLException {
        String now = now();
        Optional<Subscriber> found = select(c, listId, address);
        if (found.isEmpty()) {
            insert(c, listId, address, clean(name), SubscriberStatus.CONFIRMED, attributes, now);
            consent(c, listId, address, consent, SubscriberStatus.CONFIRMED, now);
            return MemberChange.ADDED;
        }
        Subscriber s = found.get();
        if (s.status().isEnded() && !reopen) {
            return MemberChange.NOT_RESUBSCRIBED;
        }
        String newName = clean(name) == null ? s.name() : clean(name);
        Map<String, String> merged = new LinkedHashMap<>(s.attributes());
        attributes.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                merged.put(k, v);
            }
        });
        boolean statusChanges = s.status() != SubscriberStatus.CONFIRMED;
        if (!statusChanges && Objects.equals(newName, s.name()) && merged.equals(s.attributes())) {
            return MemberChange.UNCHANGED;
        }
        update(c, s, newName, merged, SubscriberStatus.CONFIRMED, statusChanges ? 0 : s.hardBounces(), now);
        if (statusChanges) {
            consent(c, listId, address, consent, SubscriberStatus.CONFIRMED, now);
        }
        return MemberChange.UPDATED;
    }

    Optional<Subscriber> select(Connection c, String listId, String address) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from subscribers where list_id = ? and address = ?")) {
            st.setString(1, listId);
            st.setString(2, address);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private boolean change(MailList list, String address, Consent consent, SubscriberStatus to,
                           Predicate<Subscriber> allowed) {
        AddressValidator.Result checked = AddressValidator.check(list, address);
        if (!checked.valid()) {
            return false;
        }
        return db.inTransaction(c -> {
            Optional<Subscriber> found = select(c, list.id(), checked.address());
            if (found.isEmpty() || !allowed.test(found.get())) {
                return false;
            }
            String now = now();
            Subscriber s = found.get();
            update(c, s, s.name(), s.attributes(), to, s.hardBounces(), now);
            consent(c, list.id(), s.address(), consent, to, now);
            return true;
        });
    }

    private static boolean removedByOperator(Connection c, String listId, String address) throws SQLException {
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

    private static void insert(Connection c, String listId, String address, String name, SubscriberStatus status,
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

    private static void update(Connection c, Subscriber s, String name, Map<String, String> attributes,
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

    private static void consent(Connection c, String listId, String address, Consent consent, SubscriberStatus after,
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

    private static String normalize(MailList list, String address) {
        return AddressValidator.check(list, address).orThrow(address);
    }

    /** The longest name stored. */
    static final int NAME_MAX = 200;

    /**
     * A display name as stored: NFC, control characters (line breaks) and runs of white space made one space,
     * trimmed, at most {@value #NAME_MAX} characters; null when blank.
     */
    static String clean(String name) {
        String text = collapse(name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.length() <= NAME_MAX ? text : text.substring(0, NAME_MAX);
    }

    /** Whether a name is longer than {@value #NAME_MAX} characters once cleaned. */
    static boolean tooLong(String name) {
        String text = collapse(name);
        return text != null && text.length() > NAME_MAX;
    }

    private static String collapse(String name) {
        return name == null ? null
                : Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\s\\p{Z}]+", " ").strip();
    }

    private String now() {
        return Timestamps.format(clock.instant());
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
