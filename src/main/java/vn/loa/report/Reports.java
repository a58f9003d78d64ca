package vn.loa.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.bulletin.IssueRecord;
import vn.loa.bulletin.IssueTable;
import vn.loa.config.Bulletin;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.content.Channel;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.DeliveryKind;
import vn.loa.delivery.DeliveryQueries;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.IntakeEvent;
import vn.loa.delivery.IntakeEvents;
import vn.loa.delivery.Outcome;
import vn.loa.delivery.SendProgress;
import vn.loa.i18n.Messages;
import vn.loa.storage.ContentStore;
import vn.loa.storage.Database;
import vn.loa.storage.StoredContent;
import vn.loa.subscriber.ListMovement;
import vn.loa.subscriber.Subscribers;

/**
 * Builds the periodic report of one unit (with the units below it) or of every unit. It counts the items published in
 * the period (by publication date: the front-matter {@code date}, else when first published) and everything that
 * became of them up to now: their deliveries by status, the distinct recipients they reached, their failures,
 * updates and withdrawals. An item counts once for each unit that it or a unit below names, however many of them it
 * names; a line's recipients are distinct across its items, never summed. Lists count their members at the period's
 * start and end from the consent records.
 */
public final class Reports {

    private final LoaConfig config;
    private final Clock clock;
    private final ContentStore contents;
    private final IntakeEvents events;
    private final DeliveryQueries deliveries;
    private final Subscribers subscribers;
    private final IssueTable issues;
    private final UnitTree tree;

    /** Figures from the owning stores: items, their changes, deliveries, list members, bulletin issues. */
    public Reports(LoaConfig config, ContentStore contents, IntakeEvents events, DeliveryQueries deliveries,
                   Subscribers subscribers, IssueTable issues, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.contents = contents;
        this.events = events;
        this.deliveries = deliveries;
        this.subscribers = subscribers;
        this.issues = issues;
        this.tree = new UnitTree(config);
    }

    /** The stores of {@code db}, for a command that only reads. */
    public static Reports open(LoaConfig config, Database db, Clock clock) {
        return new Reports(config, new ContentStore(db), new IntakeEvents(db, clock), DeliveryLog.open(db, clock).queries(),
                new Subscribers(db, clock), new IssueTable(db), clock);
    }

    /** The figures of {@code unitId} (null: every unit) in {@code period}, in the process's language. */
    public Report build(Period period, String unitId) {
        return build(ReportRequest.of(period, unitId));
    }

    /** @throws IllegalArgumentException naming the known units when the unit is unknown */
    public Report build(ReportRequest request) {
        String unitId = request.unitId();
        if (unitId != null && config.unit(unitId).isEmpty()) {
            throw new IllegalArgumentException(Messages.t("report.unit.unknown", unitId,
                    String.join(", ", config.units().stream().map(Unit::id).toList())));
        }
        ZoneId zone = config.site().zone();
        Period period = request.period();
        List<StoredContent> published = contents.publishedBetween(period.start(zone), period.end(zone));
        Set<String> scope = unitId == null ? null : tree.subtree(unitId);
        List<StoredContent> items = published.stream()
                .filter(i -> scope == null || i.article().units().stream().anyMatch(scope::contains)).toList();
        List<String> ids = items.stream().map(StoredContent::id).toList();

        Map<String, Map<Channel, Map<DeliveryStatus, Integer>>> counts = deliveries.countsOf(ids);
        Map<String, Map<Channel, Integer>> reachedByItem = deliveries.recipientsByItem(ids);
        Changes changes = changes(ids);

        List<UnitRow> rows = new ArrayList<>();
        for (UnitTree.Node node : tree.lines(unitId)) {
            Set<String> below = tree.subtree(node.unit().id());
            List<StoredContent> mine = items.stream()
                    .filter(i -> i.article().units().stream().anyMatch(below::contains)).toList();
            rows.add(row(node.unit().id(), node.unit().name(), node.depth(), mine, counts, changes));
        }
        UnitRow total = row(null, null, 0, items, counts, changes);

        String language = request.language() == null ? Messages.current().language() : request.language();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return new Report(period, unitId, language, zone.getId(), clock.instant(),
                new Letterheads(config).of(request, today), rows, total, lists(unitId, period, zone),
                failures(ids), itemLines(items, reachedByItem, changes, zone), issueLines(items, reachedByItem, zone),
                deliveries.noticesOf(ids, DeliveryKind.CORRECTION), deliveries.noticesOf(ids, DeliveryKind.WITHDRAWAL),
                inProgress(unitId, scope, items));
    }

    /** Which of the items were changed after publication, and when each withdrawn one was withdrawn. */
    private record Changes(Set<String> updated, Map<String, Instant> withdrawn) {
    }

    private Changes changes(List<String> ids) {
        Set<String> updated = new LinkedHashSet<>();
        Map<String, Instant> withdrawn = new HashMap<>();
        for (IntakeEvent e : events.changes(ids)) {
            if (e.outcome() == Outcome.UPDATED || e.outcome() == Outcome.CORRECTED) {
                updated.add(e.contentId());
            } else if (e.outcome() == Outcome.WITHDRAWN) {
                withdrawn.put(e.contentId(), e.at());
            }
        }
        return new Changes(updated, withdrawn);
    }

    private UnitRow row(String unitId, String name, int depth, List<StoredContent> items,
                        Map<String, Map<Channel, Map<DeliveryStatus, Integer>>> counts, Changes changes) {
        int articles = 0;
        int bulletin = 0;
        int updated = 0;
        int withdrawn = 0;
        Map<Channel, Map<DeliveryStatus, Integer>> sum = new EnumMap<>(Channel.class);
        for (StoredContent item : items) {
            if (item.article().bulletin() != null) {
                bulletin++;
            } else {
                articles++;
                updated += changes.updated().contains(item.id()) ? 1 : 0;
                withdrawn += StoredContent.WITHDRAWN.equals(item.status()) ? 1 : 0;
            }
            counts.getOrDefault(item.id(), Map.of()).forEach((channel, byStatus) -> byStatus.forEach((status, n) ->
                    sum.computeIfAbsent(channel, k -> new EnumMap<>(DeliveryStatus.class)).merge(status, n, Integer::sum)));
        }
        Map<Channel, Integer> recipients = deliveries.recipientsOf(items.stream().map(StoredContent::id).toList());
        Map<Channel, ChannelFigures> channels = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            Map<DeliveryStatus, Integer> s = sum.getOrDefault(c, Map.of());
            channels.put(c, new ChannelFigures(s.getOrDefault(DeliveryStatus.SENT, 0), s.getOrDefault(DeliveryStatus.FAILED, 0),
                    s.getOrDefault(DeliveryStatus.DEAD, 0), s.getOrDefault(DeliveryStatus.PENDING, 0),
                    s.getOrDefault(DeliveryStatus.SKIPPED, 0), recipients.getOrDefault(c, 0)));
        }
        return new UnitRow(unitId, name, depth, articles, bulletin, updated, withdrawn, channels);
    }

    private List<FailureFigures> failures(List<String> ids) {
        Map<Channel, Map<DeliveryStatus, Integer>> failed = deliveries.failedOnce(ids);
        List<FailureFigures> out = new ArrayList<>();
        for (Channel c : Channel.values()) {
            Map<DeliveryStatus, Integer> s = failed.getOrDefault(c, Map.of());
            out.add(new FailureFigures(c, s.values().stream().mapToInt(Integer::intValue).sum(),
                    s.getOrDefault(DeliveryStatus.SENT, 0), s.getOrDefault(DeliveryStatus.PENDING, 0),
                    s.getOrDefault(DeliveryStatus.FAILED, 0) + s.getOrDefault(DeliveryStatus.SKIPPED, 0),
                    s.getOrDefault(DeliveryStatus.DEAD, 0)));
        }
        return out;
    }

    private List<ItemLine> itemLines(List<StoredContent> items, Map<String, Map<Channel, Integer>> reached,
                                     Changes changes, ZoneId zone) {
        List<ItemLine> out = new ArrayList<>();
        for (StoredContent item : items) {
            Article a = item.article();
            if (a.bulletin() != null) {
                continue;
            }
            Map<Channel, Integer> r = reached.getOrDefault(a.id(), Map.of());
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            r.forEach((c, n) -> {
                if (n > 0) {
                    channels.add(c);
                }
            });
            Instant withdrawn = StoredContent.WITHDRAWN.equals(item.status())
                    ? changes.withdrawn().getOrDefault(a.id(), item.updatedAt()) : null;
            out.add(new ItemLine(a.id(), a.title(), LocalDate.ofInstant(item.publishedAt(), zone),
                    a.units().stream().map(u -> config.unit(u).map(Unit::name).orElse(u)).toList(), channels,
                    people(r), changes.updated().contains(a.id()),
                    withdrawn == null ? null : LocalDate.ofInstant(withdrawn, zone)));
        }
        return out;
    }

    private static int people(Map<Channel, Integer> reached) {
        return reached.getOrDefault(Channel.EMAIL, 0) + reached.getOrDefault(Channel.CHAT, 0);
    }

    private List<IssueLine> issueLines(List<StoredContent> items, Map<String, Map<Channel, Integer>> reached, ZoneId zone) {
        List<String> ids = items.stream().filter(i -> i.article().bulletin() != null).map(StoredContent::id).toList();
        List<IssueLine> out = new ArrayList<>();
        for (IssueRecord r : issues.publishedAs(ids)) {
            String title = config.bulletins().stream().filter(b -> b.id().equals(r.bulletinId())).map(Bulletin::title)
                    .filter(t -> t != null && !t.isBlank()).findFirst().orElse(r.bulletinId());
            out.add(new IssueLine(r.bulletinId(), title, r.year(), r.number(), LocalDate.ofInstant(r.createdAt(), zone),
                    r.articles().size(), r.contentId(), people(reached.getOrDefault(r.contentId(), Map.of()))));
        }
        return out;
    }

    /**
     * The lists of the report: every list, or for one unit the lists, chat followers and bulletin lists of the units
     * below it, in {@code loa.yaml} order.
     */
    private List<ListFigures> lists(String unitId, Period period, ZoneId zone) {
        Set<String> wanted = new LinkedHashSet<>();
        if (unitId != null) {
            Set<String> below = tree.subtree(unitId);
            for (String id : below) {
                Unit u = config.unit(id).orElseThrow();
                wanted.addAll(u.lists());
                u.chats().forEach(chat -> config.chat(chat).filter(c -> c.followers() != null)
                        .ifPresent(c -> wanted.add(c.followers())));
            }
            config.bulletins().stream().filter(b -> b.publishTo() != null && below.contains(b.publishTo()))
                    .forEach(b -> wanted.addAll(b.lists()));
        }
        List<ListFigures> out = new ArrayList<>();
        for (MailList list : config.lists()) {
            if (unitId == null || wanted.contains(list.id())) {
                ListMovement m = subscribers.movement(list, period.start(zone), period.end(zone));
                out.add(new ListFigures(list.id(), list.name() == null ? list.id() : list.name(), m.atStart(), m.joined(),
                        m.left(), m.bounced(), m.atEnd()));
            }
        }
        return out;
    }

    private List<SendProgress> inProgress(String unitId, Set<String> scope, Collection<StoredContent> items) {
        Map<String, List<String>> unitsOf = new HashMap<>();
        items.forEach(i -> unitsOf.put(i.id(), i.article().units()));
        return deliveries.progress(null).stream()
                .filter(p -> !p.finished())
                .filter(p -> unitId == null || (p.channel() == Channel.FEED ? List.of(p.target())
                        : unitsOf.getOrDefault(p.contentId(), contents.find(p.contentId())
                                .map(c -> c.article().units()).orElse(List.of()))).stream().anyMatch(scope::contains))
                .toList();
    }
}
