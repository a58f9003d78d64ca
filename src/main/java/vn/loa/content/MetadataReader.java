package vn.loa.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.loa.config.LoaConfig;
import vn.loa.i18n.Messages;

/** Checks the front-matter fields of SPEC §3 against each other and against {@code loa.yaml}. */
final class MetadataReader {

    static final List<String> KEYS = List.of("title", "status", "approved_by", "units", "id", "type", "bulletin",
            "date", "publish_at", "summary", "author", "tags", "image", "lists", "chats", "channels", "resend", "correction",
            "reason");
    static final int MAX_TITLE = 300;

    /** A date further ahead than this is taken for a typo in the year. */
    static final Duration HORIZON = Duration.ofDays(366);

    private final LoaConfig config;
    private final Clock clock;
    private final ConfigReferences references;

    MetadataReader(LoaConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.references = new ConfigReferences(config);
    }

    Metadata read(FrontMatter frontMatter, ContentSource source, List<Problem> problems) {
        FieldReader fields = new FieldReader(frontMatter, problems);
        unknownKeys(frontMatter, fields);
        String title = title(fields);
        ContentStatus status = status(fields);
        String approvedBy = fields.headerText("approved_by");
        // a withdrawal is approved too, so who decided it is on record (SPEC §3 asks it of approved items only)
        if ((status == ContentStatus.APPROVED || status == ContentStatus.WITHDRAWN)
                && (approvedBy == null || approvedBy.isEmpty())) {
            fields.required("approved_by", Messages.t("content.approved_by.what"), Messages.t("content.approved_by.hint"));
        }
        ContentType type = type(fields);
        return new Metadata(
                title,
                status,
                emptyToNull(approvedBy),
                references.units(fields, source.impliedUnit(), status != ContentStatus.WITHDRAWN),
                id(fields, source),
                type,
                references.bulletin(fields, type),
                date(fields, "date"),
                date(fields, "publish_at"),
                emptyToNull(fields.headerText("summary")),
                emptyToNull(fields.headerText("author")),
                orEmpty(fields.list("tags")),
                image(fields),
                references.lists(fields),
                references.chats(fields),
                channels(fields),
                resend(fields),
                status == ContentStatus.APPROVED ? emptyToNull(fields.headerText("correction")) : null,
                status == ContentStatus.WITHDRAWN ? emptyToNull(fields.headerText("reason")) : null);
    }

    private static void unknownKeys(FrontMatter frontMatter, FieldReader fields) {
        for (FrontMatter.Entry entry : frontMatter.entries()) {
            if (!KEYS.contains(entry.key())) {
                fields.problem(entry.key(), Suggestions.closest(entry.key(), KEYS)
                        .map(k -> Messages.t("content.key.unknown.suggest", k))
                        .orElse(Messages.t("content.key.unknown", String.join(", ", KEYS))));
            }
        }
    }

    private static String title(FieldReader fields) {
        String title = fields.headerText("title");
        if (title == null || title.isEmpty()) {
            fields.required("title", Messages.t("content.title.what"), Messages.t("content.title.hint"));
            return null;
        }
        int length = title.codePointCount(0, title.length());
        if (length > MAX_TITLE) {
            fields.problem("title", Messages.t("content.title.too_long", length, MAX_TITLE));
        }
        return title;
    }

    private static ContentStatus status(FieldReader fields) {
        String status = fields.text("status");
        if (status == null) {
            fields.required("status", Messages.t("content.status.what"), Messages.t("content.status.hint"));
            return null;
        }
        String key = status.toLowerCase(Locale.ROOT);
        switch (key) {
            case "approved":
                return ContentStatus.APPROVED;
            case "withdrawn":
                return ContentStatus.WITHDRAWN;
            case "draft":
            case "review":
                fields.problem("status", Messages.t("content.status.not_approved", key));
                return null;
            default:
                fields.problem("status", Suggestions.closest(key, List.of("approved", "withdrawn", "draft", "review"))
                        .map(s -> Messages.t("content.status.invalid.suggest", TextRules.quote(status), s))
                        .orElse(Messages.t("content.status.invalid", TextRules.quote(status))));
                return null;
        }
    }

    private static String id(FieldReader fields, ContentSource source) {
        String id = fields.text("id");
        if (id != null) {
            if (!Slugs.isValid(id)) {
                fields.problem("id", Messages.t("content.id.invalid", TextRules.quote(id)));
            }
            return id;
        }
        String fileName = TextRules.nfc(source.fileName());
        String slug = Slugs.fromFileName(fileName);
        if (slug.isEmpty()) {
            fields.problem("id", Messages.t("content.id.from_file_name", TextRules.quote(fileName)));
        }
        return slug;
    }

    private static ContentType type(FieldReader fields) {
        String type = fields.text("type");
        if (type == null) {
            return ContentType.ARTICLE;
        }
        switch (type.toLowerCase(Locale.ROOT)) {
            case "article":
                return ContentType.ARTICLE;
            case "bulletin":
                return ContentType.BULLETIN;
            default:
                fields.problem("type", Messages.t("content.type.invalid", TextRules.quote(type)));
                return ContentType.ARTICLE;
        }
    }

    private Instant date(FieldReader fields, String key) {
        String text = fields.text(key);
        if (text == null) {
            return null;
        }
        Instant instant = DateValue.parse(text, config.site().zone());
        if (instant == null) {
            fields.problem(key, Messages.t("content.date.invalid", TextRules.quote(text)));
        } else if (instant.isAfter(clock.instant().plus(HORIZON))) {
            fields.problem(key, Messages.t("content.date.far_ahead", TextRules.quote(text)));
        }
        return instant;
    }

    private static String image(FieldReader fields) {
        String image = fields.text("image");
        if (image == null) {
            return null;
        }
        try {
            URI uri = new URI(image);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return image;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        fields.problem("image", Messages.t("content.image.invalid", TextRules.quote(image)));
        return null;
    }

    private static Set<Channel> channels(FieldReader fields) {
        List<String> given = fields.list("channels");
        if (given == null) {
            if (fields.has("channels") && !fields.flagged("channels")) {
                fields.problem("channels", Messages.t("content.channels.empty"));
            }
            return Collections.unmodifiableSet(EnumSet.allOf(Channel.class));
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String value : given) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "feed" -> channels.add(Channel.FEED);
                case "email" -> channels.add(Channel.EMAIL);
                case "chat" -> channels.add(Channel.CHAT);
                default -> fields.problem("channels", Messages.t("content.channels.unknown", TextRules.quote(value)));
            }
        }
        if (given.isEmpty()) {
            fields.problem("channels", Messages.t("content.channels.empty"));
        }
        return Collections.unmodifiableSet(channels);
    }

    private static boolean resend(FieldReader fields) {
        String resend = fields.text("resend");
        if (resend == null || resend.equalsIgnoreCase("false")) {
            return false;
        }
        if (resend.equalsIgnoreCase("true")) {
            return true;
        }
        fields.problem("resend", Messages.t("content.resend.invalid", TextRules.quote(resend)));
        return false;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
