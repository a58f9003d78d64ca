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

/** Checks the front-matter fields of SPEC §3 against each other and against {@code loa.yaml}. */
final class MetadataReader {

    static final List<String> KEYS = List.of("title", "status", "approved_by", "units", "id", "type", "bulletin",
            "date", "publish_at", "summary", "author", "tags", "image", "lists", "chats", "channels", "resend");
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
            fields.required("approved_by", "write who approved this item, e.g. approved_by: Nguyễn Văn A");
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
                resend(fields));
    }

    private static void unknownKeys(FrontMatter frontMatter, FieldReader fields) {
        for (FrontMatter.Entry entry : frontMatter.entries()) {
            if (!KEYS.contains(entry.key())) {
                fields.problem(entry.key(), "unknown key " + Suggestions.closest(entry.key(), KEYS)
                        .map(k -> "(did you mean '" + k + "'?)")
                        .orElse("(known keys: " + String.join(", ", KEYS) + ")"));
            }
        }
    }

    private static String title(FieldReader fields) {
        String title = fields.headerText("title");
        if (title == null || title.isEmpty()) {
            fields.required("title", "write the headline, e.g. title: Cải cách hành chính năm 2025");
            return null;
        }
        int length = title.codePointCount(0, title.length());
        if (length > MAX_TITLE) {
            fields.problem("title", "too long (" + length + " characters; at most " + MAX_TITLE + ")");
        }
        return title;
    }

    private static ContentStatus status(FieldReader fields) {
        String status = fields.text("status");
        if (status == null) {
            fields.required("status", "write status: approved to publish");
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
                fields.problem("status", "not approved (status is '" + key + "'); set status: approved when it is");
                return null;
            default:
                fields.problem("status", "invalid value " + TextRules.quote(status)
                        + Suggestions.closest(key, List.of("approved", "withdrawn", "draft", "review"))
                                .map(s -> " (did you mean '" + s + "'?)").orElse("")
                        + "; allowed: approved, withdrawn (draft and review are not published)");
                return null;
        }
    }

    private static String id(FieldReader fields, ContentSource source) {
        String id = fields.text("id");
        if (id != null) {
            if (!Slugs.isValid(id)) {
                fields.problem("id", "invalid " + TextRules.quote(id) + "; use 1 to 100 lower-case ASCII letters,"
                        + " digits and '-', starting with a letter or digit (e.g. cai-cach-2025)");
            }
            return id;
        }
        String fileName = TextRules.nfc(source.fileName());
        String slug = Slugs.fromFileName(fileName);
        if (slug.isEmpty()) {
            fields.problem("id", "cannot make an id from the file name " + TextRules.quote(fileName)
                    + "; add a line such as id: tin-cai-cach");
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
                fields.problem("type", "invalid value " + TextRules.quote(type) + "; allowed: article, bulletin");
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
            fields.problem(key, "invalid date " + TextRules.quote(text) + "; use " + DateValue.FORMS);
        } else if (instant.isAfter(clock.instant().plus(HORIZON))) {
            fields.problem(key, TextRules.quote(text) + " is more than a year ahead; check the year");
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
        fields.problem("image", "not an absolute http or https URL: " + TextRules.quote(image));
        return null;
    }

    private static Set<Channel> channels(FieldReader fields) {
        List<String> given = fields.list("channels");
        if (given == null) {
            if (fields.has("channels") && !fields.flagged("channels")) {
                fields.problem("channels", "empty; leave the line out to send to feed, email and chat");
            }
            return Collections.unmodifiableSet(EnumSet.allOf(Channel.class));
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String value : given) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "feed" -> channels.add(Channel.FEED);
                case "email" -> channels.add(Channel.EMAIL);
                case "chat" -> channels.add(Channel.CHAT);
                default -> fields.problem("channels", "unknown channel " + TextRules.quote(value) + "; allowed: feed, email, chat");
            }
        }
        if (given.isEmpty()) {
            fields.problem("channels", "empty; leave the line out to send to feed, email and chat");
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
        fields.problem("resend", "expected true or false, found " + TextRules.quote(resend));
        return false;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
