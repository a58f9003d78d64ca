package vn.loa.bulletin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.config.Bulletin;
import vn.loa.config.LoaConfig;
import vn.loa.content.Article;
import vn.loa.content.Channel;
import vn.loa.content.ContentStatus;
import vn.loa.content.ContentType;
import vn.loa.delivery.Handoff;
import vn.loa.delivery.Publication;
import vn.loa.delivery.Publisher;
import vn.loa.storage.ContentStore;
import vn.loa.storage.Database;
import vn.loa.storage.StoredContent;

/**
 * The e-bulletins: which are due on their schedule, and compiling an issue (gathering, numbering, storing the
 * issue row, consuming the notes and publishing the issue's item, all in one transaction).
 */
public final class Bulletins {

    private static final Logger LOG = LoggerFactory.getLogger(Bulletins.class);
    /** The period of a bulletin's first issue (longer when earlier fire times were skipped for too few articles). */
    static final Duration FIRST_PERIOD = Duration.ofDays(7);

    private final LoaConfig config;
    private final Database db;
    private final ContentStore contents;
    private final IssueTable table;
    private final IssueComposer composer;
    private final IssuePages pages;
    private final Publisher publisher;
    private final Clock clock;
    private final Map<String, BulletinSchedule> schedules = new java.util.HashMap<>();

    public Bulletins(LoaConfig config, Database db, ContentStore contents, IssueComposer composer, IssuePages pages,
                     Publisher publisher, Clock clock) {
        this.config = config;
        this.db = db;
        this.contents = contents;
        this.table = new IssueTable(db);
        this.composer = composer;
        this.pages = pages;
        this.publisher = publisher;
        this.clock = clock;
        for (Bulletin b : config.bulletins()) {
            schedules.put(b.id(), BulletinSchedule.parse(b.schedule(), zone()));
        }
    }

    public Optional<Bulletin> bulletin(String id) {
        return config.bulletins().stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The bulletins whose latest fire time has no issue yet: at most one each, so missed fires are caught up once. */
    public List<DueIssue> due() {
        Instant now = clock.instant();
        List<DueIssue> due = new ArrayList<>();
        for (Bulletin b : config.bulletins()) {
            Optional<Instant> fire = schedules.get(b.id()).latestAtOrBefore(now).map(t -> t.toInstant());
            if (fire.isPresent() && isDue(table.all(b.id()), fire.get())) {
                due.add(new DueIssue(b.id(), fire.get()));
            }
        }
        return due;
    }

    /**
     * Due when the fire time is later than every slot already answered (so a clock set back or a restart sends
     * nothing twice), and no issue was made on the fire time's day (so a manual run that day stands for it).
     */
    private boolean isDue(List<IssueRecord> rows, Instant fire) {
        LocalDate day = fire.atZone(zone()).toLocalDate();
        for (IssueRecord r : rows) {
            if (!r.slot().isBefore(fire)) {
                return false;
            }
            if (!r.skipped() && (day.equals(r.slot().atZone(zone()).toLocalDate())
                    || day.equals(r.createdAt().atZone(zone()).toLocalDate()))) {
                return false;
            }
        }
        return true;
    }

    /** The scheduled issue for {@code due.slot()}; nothing when another run answered that fire time meanwhile. */
    public IssueResult compileScheduled(DueIssue due) {
        Bulletin b = bulletin(due.bulletinId()).orElseThrow(() -> new IllegalArgumentException("unknown bulletin " + due.bulletinId()));
        return compile(b, due.slot(), true);
    }

    /** The next issue now ({@code bulletin ID}), whatever the schedule says. */
    public IssueResult compileNow(String bulletinId) {
        Bulletin b = bulletin(bulletinId).orElseThrow(() -> new IllegalArgumentException("unknown bulletin " + bulletinId));
        return compile(b, clock.instant(), false);
    }

    /** For the route: the hand-off of a compiled issue, or null. */
    public String compileAndSend(DueIssue due) {
        return compileScheduled(due).handoff();
    }

    /** Marks the issue whose item was handed to delivery ({@code contentId@version}) as sent. */
    public void sent(String handoff) {
        table.markSent(Handoff.parse(handoff).contentId(), clock.instant());
    }

    /** What the next issue would hold now, without storing or sending anything. */
    public IssueDraft preview(String bulletinId) {
        Bulletin b = bulletin(bulletinId).orElseThrow(() -> new IllegalArgumentException("unknown bulletin " + bulletinId));
        Instant now = clock.instant();
        return db.query(c -> draft(c, b, now, now));
    }

    /** The issue named {@code 2026-12} (or {@code 2026-12.html}) of a bulletin. */
    public Optional<IssueRecord> issue(String bulletinId, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{4})-([0-9]{1,4})(\\.html)?").matcher(name == null ? "" : name);
        if (bulletin(bulletinId).isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        return table.issue(bulletinId, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The template values of the issue published as item {@code contentId} ({@code <bulletin>-<year>-<number>}). */
    public Optional<Map<String, Object>> emailValues(String contentId) {
        for (Bulletin b : config.bulletins()) {
            if (contentId.startsWith(b.id() + "-")) {
                Optional<IssueRecord> issue = issue(b.id(), contentId.substring(b.id().length() + 1));
                if (issue.isPresent() && issue.get().view() != null) {
                    return Optional.of(issue.get().view().values());
                }
            }
        }
        return Optional.empty();
    }

    public List<IssueRecord> issues(String bulletinId) {
        return table.issues(bulletinId);
    }

    public List<IssueRecord> history(String bulletinId) {
        return table.all(bulletinId);
    }

    private IssueResult compile(Bulletin b, Instant slot, boolean scheduled) {
        Instant now = clock.instant();
        Compiled compiled = db.inTransaction(c -> {
            if (scheduled && !isDue(table.all(c, b.id()), slot)) {
                return null;
            }
            IssueDraft draft = draft(c, b, slot, now);
            if (draft.articles().size() < b.minArticles()) {
                IssueRecord skipped = new IssueRecord(b.id(), slot, null, null, IssueRecord.SKIPPED, draft.from(), now,
                        ids(draft.articles()), List.of(), null, draft.skipReason(b), null, now, null);
                table.insert(c, skipped);
                return new Compiled(skipped, null);
            }
            IssueView view = draft.view();
            Article item = item(b, view, now);
            IssueRecord issue = new IssueRecord(b.id(), slot, view.year(), view.number(), IssueRecord.COMPILED,
                    draft.from(), now, ids(draft.articles()), ids(draft.notes()), item.id(), null, view, now, null);
            table.insert(c, issue);
            contents.consumeNotes(c, ids(draft.notes()));
            return new Compiled(issue, publisher.store(c, item));
        });
        if (compiled == null) {
            return new IssueResult(null, null);
        }
        IssueRecord issue = compiled.issue();
        if (issue.skipped()) {
            LOG.info("bulletin {}: issue for {} skipped: {}", b.id(), slot, issue.reason());
            return new IssueResult(issue, null);
        }
        publisher.recorded(compiled.publication());
        pages.write(b, issue.view(), table.issues(b.id()).stream().map(IssueRecord::view).toList());
        LOG.info("bulletin {}: {} compiled with {} articles and {} notes", b.id(), issue.view().label(),
                issue.articles().size(), issue.noteIds().size());
        return new IssueResult(issue, compiled.publication().hasDeliveries() ? compiled.publication().handoff() : null);
    }

    private record Compiled(IssueRecord issue, Publication publication) {
    }

    private IssueDraft draft(Connection c, Bulletin b, Instant slot, Instant now) throws SQLException {
        Optional<Instant> previous = table.lastPeriodEnd(c, b.id());
        Instant from = previous.isPresent() ? previous.get()
                : table.firstSkippedStart(c, b.id()).filter(t -> t.isBefore(now.minus(FIRST_PERIOD)))
                        .orElse(now.minus(FIRST_PERIOD));
        List<StoredContent> articles = new ArrayList<>();
        for (StoredContent item : contents.articlesSeen(c, from, now)) {
            Article a = item.article();
            if (a.bulletin() == null && a.units().stream().anyMatch(b.units()::contains)) {
                articles.add(item);
            }
        }
        List<StoredContent> notes = contents.waitingNotes(c).stream()
                .filter(n -> b.id().equals(n.article().bulletin())).toList();
        int year = slot.atZone(zone()).getYear();
        int number = table.maxNumber(c, b.id(), year) + 1;
        return new IssueDraft(b, year, number, from, now, composer.order(b, articles), notes,
                composer.view(b, year, number, from, now, articles, notes));
    }

    private Article item(Bulletin b, IssueView view, Instant now) {
        String body = composer.body(view);
        String title = view.bulletinTitle() + " – " + view.label();
        String summary = view.label() + ": " + view.articleCount() + " tin bài từ " + view.period() + ".";
        List<String> units = b.publishTo() == null || b.publishTo().isBlank() ? List.of() : List.of(b.publishTo());
        return new Article(b.id() + "-" + view.year() + "-" + view.number(), sha256(title + "\n" + body), ContentType.ARTICLE,
                ContentStatus.APPROVED, title, summary, body, units, b.lists(), b.chats(), EnumSet.allOf(Channel.class),
                null, List.of(), null, now, null, "Loa", false, b.id(), "bulletin " + b.id() + " " + view.label());
    }

    private ZoneId zone() {
        return config.site().zone();
    }

    private static List<String> ids(List<StoredContent> items) {
        return items.stream().map(StoredContent::id).toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
