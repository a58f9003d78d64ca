package vn.loa.config;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.loa.guard.IpRange;
import vn.loa.i18n.Messages;

/** Checks what binding cannot: ids, references between sections, URLs and time zones. */
final class ConfigValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern SYMBOL = Pattern.compile("[\\p{Lu}0-9][\\p{Lu}0-9.-]{0,29}");

    private final LoaConfig config;
    private final Messages messages;
    private final List<ConfigIssue> issues = new ArrayList<>();

    ConfigValidator(LoaConfig config, Messages messages) {
        this.config = config;
        this.messages = messages;
    }

    List<ConfigIssue> validate() {
        site();
        units();
        lists();
        chats();
        bulletins();
        http();
        intake();
        report();
        if (config.smtp().perSecond() < 0) {
            issue(List.of("smtp", "per_second"), "smtp.per_second", messages.get("config.per_second"));
        }
        node();
        return issues;
    }

    private void http() {
        Http http = config.http();
        if (http.port() < 0 || http.port() > 65535) {
            issue(List.of("http", "port"), "http.port", messages.get("config.port"));
        }
        atLeast(http.maxBodyBytes(), 1, List.of("http", "max_body_bytes"), "http.max_body_bytes");
        atLeast(http.maxHeaderBytes(), 1024, List.of("http", "max_header_bytes"), "http.max_header_bytes");
        atLeast(http.maxFormFields(), 1, List.of("http", "max_form_fields"), "http.max_form_fields");
        atLeast(http.idleTimeoutSeconds(), 1, List.of("http", "idle_timeout_seconds"), "http.idle_timeout_seconds");
        atLeast(http.headerTimeoutSeconds(), 1, List.of("http", "header_timeout_seconds"), "http.header_timeout_seconds");
        for (int i = 0; i < http.trustedProxies().size(); i++) {
            String proxy = http.trustedProxies().get(i);
            if (IpRange.parse(proxy).isEmpty()) {
                issue(List.of("http", "trusted_proxies", i), "http.trusted_proxies[" + i + "]",
                        messages.get("guard.config.trusted_proxy", proxy));
            }
        }
    }

    private void intake() {
        Intake intake = config.intake();
        atLeast(intake.stableMillis(), 0, List.of("intake", "stable_millis"), "intake.stable_millis");
        intake.folders().forEach((folder, settings) -> {
            String at = "intake.folders." + folder;
            if (config.unit(folder).isEmpty()) {
                issue(List.of("intake", "folders", folder), at, messages.get("guard.config.intake_folder", folder,
                        String.join(", ", config.units().stream().map(Unit::id).toList())));
            }
            if (settings != null) {
                atLeast(settings.stableMillis(), 0, List.of("intake", "folders", folder, "stable_millis"), at + ".stable_millis");
            }
        });
    }

    private void atLeast(Number value, long min, List<Object> path, String key) {
        if (value != null && value.longValue() < min) {
            issue(path, key, messages.get("guard.config.at_least", min, value));
        }
    }

    /** A lease must outlast every send it covers, and be renewed well before it runs out. */
    private void node() {
        Node node = config.node();
        int longestSend = Math.max(config.smtp().timeoutSeconds(), Node.CHAT_TIMEOUT_SECONDS);
        if (node.leaseSeconds() < 2 * longestSend) {
            issue(List.of("node", "lease_seconds"), "node.lease_seconds", messages.get("config.node.lease", 2 * longestSend,
                    config.smtp().timeoutSeconds(), Node.CHAT_TIMEOUT_SECONDS, node.leaseSeconds()));
        }
        if (node.renewSeconds() < 1 || 2 * node.renewSeconds() > node.leaseSeconds()) {
            issue(List.of("node", "renew_seconds"), "node.renew_seconds",
                    messages.get("config.node.renew", node.leaseSeconds() / 2, node.renewSeconds()));
        }
        if (!node.id().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            issue(List.of("node", "id"), "node.id", messages.get("config.node.id", node.id()));
        }
    }

    private void site() {
        try {
            ZoneId.of(config.site().timezone());
        } catch (DateTimeException e) {
            issue(List.of("site", "timezone"), "site.timezone", messages.get("config.timezone", config.site().timezone()));
        }
        if (!isAbsoluteHttp(config.site().baseUrl())) {
            issue(List.of("site", "base_url"), "site.base_url", messages.get("config.base_url", config.site().baseUrl()));
        }
    }

    private void units() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < config.units().size(); i++) {
            Unit unit = config.units().get(i);
            String at = "units[" + i + "]";
            idOf(unit.id(), "units", i, seen);
            if (unit.parent() != null && !unit.parent().isBlank() && config.unit(unit.parent()).isEmpty()) {
                issue(List.of("units", i, "parent"), at + ".parent", messages.get("config.unknown.unit", unit.parent()));
            }
            references(unit.lists(), List.of("units", i, "lists"), at + ".lists", "list", id -> config.list(id).isPresent());
            references(unit.chats(), List.of("units", i, "chats"), at + ".chats", "chat", id -> config.chat(id).isPresent());
            if (unit.feedItems() < 1) {
                issue(List.of("units", i, "feed_items"), at + ".feed_items", messages.get("config.at_least_one"));
            }
            if (unit.articleUrl() != null && !unit.articleUrl().isBlank()
                    && (!unit.articleUrl().contains("{id}") || !isAbsoluteHttp(unit.articleUrl().replace("{id}", "x")))) {
                issue(List.of("units", i, "article_url"), at + ".article_url", messages.get("config.article_url"));
            }
        }
    }

    private void lists() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < config.lists().size(); i++) {
            MailList list = config.lists().get(i);
            idOf(list.id(), "lists", i, seen);
            if (!list.kind().equals("email") && !list.kind().equals("zalo")) {
                issue(List.of("lists", i, "kind"), "lists[" + i + "].kind", messages.get("config.list_kind", list.kind()));
            }
        }
    }

    private void chats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < config.chats().size(); i++) {
            Chat chat = config.chats().get(i);
            String at = "chats[" + i + "]";
            idOf(chat.id(), "chats", i, seen);
            if (chat.type() == null || !Chat.TYPES.contains(chat.type())) {
                issue(List.of("chats", i, "type"), at + ".type", messages.get("config.chat_type",
                        String.join(", ", Chat.TYPES.stream().sorted().toList()), String.valueOf(chat.type())));
            }
            if (chat.isZalo() && chat.followers() != null && !chat.followers().isBlank()
                    && config.list(chat.followers()).filter(MailList::isZalo).isEmpty()) {
                issue(List.of("chats", i, "followers"), at + ".followers", messages.get("config.followers", chat.followers()));
            }
            if (chat.url() != null && !chat.url().isBlank() && !isAbsoluteHttp(chat.url())) {
                issue(List.of("chats", i, "url"), at + ".url", messages.get("config.chat_url"));
            }
        }
    }

    private void bulletins() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < config.bulletins().size(); i++) {
            Bulletin b = config.bulletins().get(i);
            String at = "bulletins[" + i + "]";
            idOf(b.id(), "bulletins", i, seen);
            references(b.units(), List.of("bulletins", i, "units"), at + ".units", "unit", id -> config.unit(id).isPresent());
            references(b.lists(), List.of("bulletins", i, "lists"), at + ".lists", "list", id -> config.list(id).isPresent());
            references(b.chats(), List.of("bulletins", i, "chats"), at + ".chats", "chat", id -> config.chat(id).isPresent());
            if (b.publishTo() != null && !b.publishTo().isBlank() && config.unit(b.publishTo()).isEmpty()) {
                issue(List.of("bulletins", i, "publish_to"), at + ".publish_to", messages.get("config.unknown.unit", b.publishTo()));
            }
            try {
                vn.loa.bulletin.BulletinSchedule.parse(b.schedule(), java.time.ZoneOffset.UTC, messages);
            } catch (IllegalArgumentException e) {
                issue(List.of("bulletins", i, "schedule"), at + ".schedule", messages.get("config.schedule", b.id(), e.getMessage()));
            }
            if (b.minArticles() < 0) {
                issue(List.of("bulletins", i, "min_articles"), at + ".min_articles", messages.get("config.at_least_zero"));
            }
        }
    }

    private void report() {
        ReportSettings r = config.report();
        if (r.cutoffDay() < 1 || r.cutoffDay() > 28) {
            issue(List.of("report", "cutoff_day"), "report.cutoff_day", "must be a day from 1 to 28 (Decree 09/2019: 14)");
        }
        if (r.issuer() != null && config.unit(r.issuer()).isEmpty()) {
            issue(List.of("report", "issuer"), "report.issuer", "unknown unit '" + r.issuer() + "'");
        }
        for (int i = 0; i < config.units().size(); i++) {
            UnitReport u = config.units().get(i).report();
            String at = "units[" + i + "].report";
            if (u.symbol() != null && !SYMBOL.matcher(u.symbol()).matches()) {
                issue(List.of("units", i, "report", "symbol"), at + ".symbol",
                        "must be upper-case letters, digits, '.' or '-' (as in BC-BNV), not '" + u.symbol() + "'");
            }
            lines(u.to(), List.of("units", i, "report", "to"), at + ".to");
            lines(u.recipients(), List.of("units", i, "report", "recipients"), at + ".recipients");
        }
    }

    private void lines(List<String> lines, List<Object> path, String key) {
        for (int j = 0; j < lines.size(); j++) {
            if (lines.get(j) == null || lines.get(j).isBlank() || lines.get(j).length() > 500) {
                List<Object> at = new ArrayList<>(path);
                at.add(j);
                issue(at, key + "[" + j + "]", "must be one line of text (at most 500 characters)");
            }
        }
    }

    private void idOf(String id, String section, int index, Set<String> seen) {
        String at = section + "[" + index + "].id";
        if (id == null || !ID.matcher(id).matches()) {
            issue(List.of(section, index, "id"), at, messages.get("config.id", String.valueOf(id)));
        } else if (!seen.add(id)) {
            issue(List.of(section, index, "id"), at, messages.get("config.duplicate_id", id));
        }
    }

    private void references(List<String> ids, List<Object> path, String key, String what,
                            java.util.function.Predicate<String> exists) {
        for (int j = 0; j < ids.size(); j++) {
            if (!exists.test(ids.get(j))) {
                List<Object> at = new ArrayList<>(path);
                at.add(j);
                issue(at, key + "[" + j + "]", messages.get("config.unknown." + what, ids.get(j)));
            }
        }
    }

    private static boolean isAbsoluteHttp(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private void issue(List<Object> path, String key, String message) {
        issues.add(new ConfigIssue(path, key, message));
    }
}
