package vn.loa.app;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.loa.bulletin.Bulletins;
import vn.loa.bulletin.IssueComposer;
import vn.loa.bulletin.IssuePages;
import vn.loa.bulletin.IssueTable;
import vn.loa.bulletin.IssueRenderer;
import vn.loa.chat.ChatChannel;
import vn.loa.config.LoaConfig;
import vn.loa.content.Channel;
import vn.loa.content.ContentParser;
import vn.loa.delivery.DeliveryChannel;
import vn.loa.delivery.DeliveryKind;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.DeliveryRoutes;
import vn.loa.delivery.Originals;
import vn.loa.delivery.DeliveryPool;
import vn.loa.delivery.DeliveryPlanner;
import vn.loa.delivery.DeliveryQueue;
import vn.loa.delivery.Dispatcher;
import vn.loa.delivery.FeedBatchDelivery;
import vn.loa.delivery.FeedDelivery;
import vn.loa.delivery.IntakeEvents;
import vn.loa.delivery.ProgressLog;
import vn.loa.delivery.Publisher;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.loa.email.AmendmentEmail;
import vn.loa.email.ArticleEmail;
import vn.loa.email.BounceProcessor;
import vn.loa.email.ConfirmationEmail;
import vn.loa.email.EmailChannel;
import vn.loa.email.ListHeaders;
import vn.loa.email.Mailer;
import vn.loa.email.OutboxMailer;
import vn.loa.email.SmtpMailer;
import vn.loa.email.Templates;
import vn.loa.i18n.Messages;
import vn.loa.subscriber.Subscribers;
import vn.loa.subscriber.SubscriptionTokens;
import vn.loa.feed.FeedCache;
import vn.loa.feed.FeedFiles;
import vn.loa.feed.FeedPublisher;
import vn.loa.feed.FeedRenderer;
import vn.loa.feed.Links;
import vn.loa.guard.PrivateFiles;
import vn.loa.intake.ContentArchive;
import vn.loa.intake.ContentIntake;
import vn.loa.intake.InboxBatch;
import vn.loa.intake.InboxScanner;
import vn.loa.intake.IntakeAttempts;
import vn.loa.intake.Embargo;
import vn.loa.storage.ContentStore;
import vn.loa.storage.Database;
import vn.loa.web.ArticleEndpoint;
import vn.loa.web.ArticlePage;
import vn.loa.web.BulletinEndpoint;
import vn.loa.web.FeedEndpoint;
import vn.loa.web.AdminAuth;
import vn.loa.web.DeliveriesEndpoint;
import vn.loa.web.HealthEndpoint;
import vn.loa.web.ReportAccess;
import vn.loa.web.ReportEndpoint;
import vn.loa.report.Reports;
import vn.loa.web.SubscriptionEndpoint;

/** Every bean of Loa, built once from the configuration; the names are the ones routes refer to. */
public final class Components implements AutoCloseable {

    final LoaConfig config;
    final Clock clock;
    final Database db;
    final ContentStore contents;
    final DeliveryLog deliveries;
    final IntakeEvents events;
    final ContentParser parser;
    final ContentIntake intake;
    final ContentArchive archive;
    final InboxScanner inbox;
    final InboxBatch intakeBatch;
    final Embargo embargo;
    final Publisher publisher;
    final DeliveryQueue deliveryQueue;
    final Dispatcher dispatcher;
    final FeedPublisher feeds;
    final FeedCache feedCache;
    final Links links;
    final Subscribers subscribers;
    final SubscriptionTokens tokens;
    final Mailer mailer;
    final ConfirmationEmail confirmation;
    final ExecutorService deliveryPool;
    final ExecutorService intakePool = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "loa-intake-batch");
        thread.setDaemon(true);
        return thread;
    });
    final IssueRenderer issueRenderer;
    final IssuePages issuePages;
    final Bulletins bulletins;
    /** The messages of the process before these components made theirs current; restored by {@link #close}. */
    private final Messages previousMessages;

    final Map<String, String> env;

    /** In the language of {@code site.language}, with the secrets of this process's environment. */
    public Components(LoaConfig config, Clock clock) {
        this(config, clock, System.getenv());
    }

    /** With the environment that secrets ({@code LOA_SECRET}, {@code LOA_ADMIN_TOKEN}) are read from. */
    public Components(LoaConfig config, Clock clock, Map<String, String> env) {
        this(config, clock, env, Messages.of(config.site().language()));
    }

    /**
     * Speaking {@code messages} (the command line passes the language {@code LOA_LANG} or {@code site.language}
     * chose): every problem, page and summary of these components is in it until they are closed.
     */
    public Components(LoaConfig config, Clock clock, Messages messages) {
        this(config, clock, System.getenv(), messages);
    }

    /** With the environment of the secrets, speaking {@code messages}. */
    public Components(LoaConfig config, Clock clock, Map<String, String> env, Messages messages) {
        this.env = Map.copyOf(env);
        this.config = config;
        this.clock = clock;
        PrivateFiles.folder(config.paths().dataDir());
        this.db = Database.open(config.storage());
        this.contents = new ContentStore(db);
        this.deliveries = DeliveryLog.open(db, clock, config.node());
        this.events = new IntakeEvents(db, clock);
        this.parser = new ContentParser(config, clock);
        IntakeAttempts attempts = new IntakeAttempts(db, clock);
        this.intake = new ContentIntake(config, attempts);
        this.archive = new ContentArchive(config, events, attempts, clock);
        this.embargo = new Embargo(config.paths().scheduled(), parser, intake, clock);
        this.publisher = new Publisher(db, contents, deliveries, new DeliveryPlanner(config), events, clock);
        this.inbox = new InboxScanner(config.paths().inbox(), attempts, config.intake().stableMillisByFolder());
        this.intakeBatch = new InboxBatch(config, intake, parser, embargo, publisher, archive, attempts);
        this.deliveryQueue = new DeliveryQueue(deliveries.leases());
        this.links = new Links(config);
        this.feedCache = new FeedCache();
        this.feeds = new FeedPublisher(config, contents, links, new FeedFiles(new FeedRenderer()), feedCache, clock);
        this.deliveryPool = DeliveryPool.forConnections(config.smtp().connections());
        this.subscribers = new Subscribers(db, clock);
        this.tokens = new SubscriptionTokens(SubscriptionTokens.loadSecret(this.env.get("LOA_SECRET"),
                config.paths().dataDir()), clock);
        this.mailer = config.smtp().toOutbox() ? new OutboxMailer(config.paths().outbox()) : new SmtpMailer(config.smtp());
        Templates templates = new Templates(templatesFolder());
        ListHeaders listHeaders = new ListHeaders(config, tokens);
        this.confirmation = new ConfirmationEmail(config, templates, listHeaders, tokens, mailer);
        this.issueRenderer = new IssueRenderer(templates);
        this.issuePages = new IssuePages(config, issueRenderer);
        this.bulletins = new Bulletins(config, db, contents, new IssueComposer(config, links, issueRenderer), issuePages,
                publisher, clock);
        ChatChannel chat = ChatChannel.create(config, links, db, clock);
        Originals originals = new Originals(deliveries.queries(),
                java.time.Duration.ofSeconds(config.retries().firstBackoffSeconds()));
        AmendmentEmail amendmentEmail = new AmendmentEmail(config, links, templates, listHeaders, mailer, subscribers,
                originals);
        DeliveryChannel chatAmendments = chat.amendments(originals);
        DeliveryRoutes routes = DeliveryRoutes.publishing(Map.of(
                Channel.FEED, new FeedDelivery(feeds),
                Channel.EMAIL, new EmailChannel(config, new ArticleEmail(config, links, templates, listHeaders,
                        bulletins::emailValues), mailer, subscribers),
                Channel.CHAT, chat));
        for (DeliveryKind kind : List.of(DeliveryKind.CORRECTION, DeliveryKind.WITHDRAWAL)) {
            routes.add(kind, Channel.EMAIL, amendmentEmail).add(kind, Channel.CHAT, chatAmendments);
        }
        this.dispatcher = new Dispatcher(routes, deliveries.outcomes(), contents, config.retries(), clock);
        publisher.whenAmended(dispatcher::forget);
        this.previousMessages = Messages.use(messages);
    }

    /** {@code -Dloa.templates}, else {@code templates/} of the working directory or the install folder. */
    private static Path templatesFolder() {
        String explicit = System.getProperty("loa.templates");
        return explicit != null ? Path.of(explicit) : InstallFolder.find("templates").orElse(Path.of("templates"));
    }

    /** The beans by the names the routes use. */
    Map<String, Object> beans() {
        AdminAuth adminAuth = new AdminAuth(env.get("LOA_ADMIN_TOKEN"));
        return Map.ofEntries(
                Map.entry("parser", parser),
                Map.entry("deliveryPool", deliveryPool),
                Map.entry("intakePool", intakePool),
                Map.entry("progressLog", new ProgressLog(deliveries.queries())),
                Map.entry("deliveryLeases", deliveries.leases()),
                Map.entry("intake", intake),
                Map.entry("inbox", inbox),
                Map.entry("intakeBatch", intakeBatch),
                Map.entry("feedBatch", new FeedBatchDelivery(deliveries, feeds)),
                Map.entry("archive", archive),
                Map.entry("embargo", embargo),
                Map.entry("publisher", publisher),
                Map.entry("deliveryQueue", deliveryQueue),
                Map.entry("dispatcher", dispatcher),
                Map.entry("feedEndpoint", new FeedEndpoint(config, feeds, feedCache)),
                Map.entry("articleEndpoint", new ArticleEndpoint(config, contents, links, new ArticlePage(config))),
                Map.entry("bulletins", bulletins),
                Map.entry("bulletinEndpoint", new BulletinEndpoint(bulletins, issuePages, issueRenderer)),
                Map.entry("healthEndpoint", new HealthEndpoint(db)),
                Map.entry("deliveriesEndpoint", new DeliveriesEndpoint(config, deliveries, adminAuth, clock)),
                Map.entry("reportEndpoint", new ReportEndpoint(new Reports(config, contents, events, deliveries.queries(),
                        subscribers, new IssueTable(db), clock), ReportAccess.admin(adminAuth), config)),
                Map.entry("bounceProcessor", new BounceProcessor(config, deliveries, subscribers)),
                Map.entry("subscriptionEndpoint", new SubscriptionEndpoint(config, subscribers, tokens, confirmation)));
    }

    public LoaConfig config() {
        return config;
    }

    public Database db() {
        return db;
    }

    public DeliveryLog deliveries() {
        return deliveries;
    }

    public ContentStore contents() {
        return contents;
    }

    public Subscribers subscribers() {
        return subscribers;
    }

    public SubscriptionTokens tokens() {
        return tokens;
    }

    public Bulletins bulletins() {
        return bulletins;
    }

    public IssuePages issuePages() {
        return issuePages;
    }

    public IntakeEvents events() {
        return events;
    }

    public ContentParser parser() {
        return parser;
    }

    @Override
    public void close() {
        deliveryPool.shutdown();
        intakePool.shutdown();
        mailer.close();
        db.close();
        Messages.use(previousMessages);
    }
}
