package vn.loa.subscriber;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.loa.config.MailList;
import vn.loa.storage.Database;
import vn.loa.storage.Timestamps;

/**
 * The members of every list ({@code subscribers}) and the evidence of their consent ({@code consents}). Every
 * change of a member's status writes a consent row in the same transaction. Addresses given to the methods are
 * checked and normalized for the list's kind; an invalid one throws {@link InvalidAddressException} from the
 * methods that change something, and is simply not found by the others.
 */
public final class Subscribers {

    private final Database db;
    private final Clock clock;
    private final SubscriberTable table;

    public Subscribers(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.table = new SubscriberTable(db);
    }

    /**
     * The statement that selects the addresses of a list that may be sent to now (one parameter: the list id), for
     * the delivery log's fan-out, which runs it inside its own INSERT … SELECT.
     */
    public static String confirmedAddresses(Database db) {
        return SubscriberTable.confirmedAddresses(db);
    }

    /** A member by normalized address, on the caller's connection. */
    Optional<Subscriber> find(Connection c, String listId, String address) throws SQLException {
        return table.select(c, listId, address);
    }

    public Optional<Subscriber> find(MailList list, String address) {
        AddressValidator.Result checked = AddressValidator.check(list, address);
        return checked.valid() ? db.query(c -> table.select(c, list.id(), checked.address())) : Optional.empty();
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
            Optional<Subscriber> found = table.select(c, list.id(), key);
            if (found.isEmpty()) {
                table.insert(c, list.id(), key, DisplayNames.clean(name), target, Map.of(), now);
                table.consent(c, list.id(), key, consent, target, now);
                return target;
            }
            Subscriber s = found.get();
            String newName = DisplayNames.clean(name) == null ? s.name() : DisplayNames.clean(name);
            if (s.status() == SubscriberStatus.CONFIRMED) {
                if (!Objects.equals(newName, s.name())) {
                    table.update(c, s, newName, s.attributes(), s.status(), s.hardBounces(), now);
                }
                return SubscriberStatus.CONFIRMED;
            }
            table.update(c, s, newName, s.attributes(), target, 0, now);
            table.consent(c, list.id(), key, consent, target, now);
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
            Optional<Subscriber> found = table.select(c, list.id(), key);
            SubscriberStatus status = found.map(Subscriber::status).orElse(null);
            boolean reopen = status == SubscriberStatus.BOUNCED
                    || status == SubscriberStatus.UNSUBSCRIBED && table.lastChangeWasRemoval(c, list.id(), key);
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
            Optional<Subscriber> found = table.select(c, list.id(), checked.address());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Subscriber s = found.get();
            int bounces = s.hardBounces() + 1;
            boolean ends = bounces >= Math.max(1, hardLimit)
                    && (s.status() == SubscriberStatus.CONFIRMED || s.status() == SubscriberStatus.PENDING);
            SubscriberStatus after = ends ? SubscriberStatus.BOUNCED : s.status();
            String now = now();
            table.update(c, s, s.name(), s.attributes(), after, bounces, now);
            if (ends) {
                table.consent(c, list.id(), s.address(), Consent.bounce(reason), after, now);
            }
            return Optional.of(after);
        });
    }

    /** How the confirmed membership of {@code list} moved over [{@code from}, {@code to}). */
    public ListMovement movement(MailList list, Instant from, Instant to) {
        String start = Timestamps.format(from);
        String end = Timestamps.format(to);
        return db.query(c -> {
            int[] changes = table.changes(c, list.id(), start, end);
            return new ListMovement(table.membersAt(c, list.id(), start), changes[0], changes[1], changes[2],
                    table.membersAt(c, list.id(), end));
        });
    }

    /** The consent history of an address, oldest first. */
    public List<ConsentRecord> consents(MailList list, String address) {
        AddressValidator.Result checked = AddressValidator.check(list, address);
        if (!checked.valid()) {
            return List.of();
        }
        return db.query(c -> table.consents(c, list.id(), checked.address()));
    }

    /** Streams every member of a list, oldest first, without loading the list. */
    public void forEach(MailList list, Consumer<Subscriber> each) {
        db.stream(c -> {
            table.forEach(c, list.id(), each);
            return null;
        });
    }

    /** The attribute names used in a list, in the order they first appear. */
    public Set<String> attributeNames(MailList list) {
        return db.query(c -> table.attributeNames(c, list.id()));
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
        Optional<Subscriber> found = table.select(c, listId, address);
        if (found.isEmpty()) {
            table.insert(c, listId, address, DisplayNames.clean(name), SubscriberStatus.CONFIRMED, attributes, now);
            table.consent(c, listId, address, consent, SubscriberStatus.CONFIRMED, now);
            return MemberChange.ADDED;
        }
        Subscriber s = found.get();
        if (s.status().isEnded() && !reopen) {
            return MemberChange.NOT_RESUBSCRIBED;
        }
        String newName = DisplayNames.clean(name) == null ? s.name() : DisplayNames.clean(name);
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
        table.update(c, s, newName, merged, SubscriberStatus.CONFIRMED, statusChanges ? 0 : s.hardBounces(), now);
        if (statusChanges) {
            table.consent(c, listId, address, consent, SubscriberStatus.CONFIRMED, now);
        }
        return MemberChange.UPDATED;
    }

    private boolean change(MailList list, String address, Consent consent, SubscriberStatus to,
                           Predicate<Subscriber> allowed) {
        AddressValidator.Result checked = AddressValidator.check(list, address);
        if (!checked.valid()) {
            return false;
        }
        return db.inTransaction(c -> {
            Optional<Subscriber> found = table.select(c, list.id(), checked.address());
            if (found.isEmpty() || !allowed.test(found.get())) {
                return false;
            }
            String now = now();
            Subscriber s = found.get();
            table.update(c, s, s.name(), s.attributes(), to, s.hardBounces(), now);
            table.consent(c, list.id(), s.address(), consent, to, now);
            return true;
        });
    }

    private static String normalize(MailList list, String address) {
        return AddressValidator.check(list, address).orThrow(address);
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }
}
