package vn.loa.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.loa.config.Bulletin;
import vn.loa.config.Chat;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.config.Unit;
import vn.loa.i18n.Messages;

/** Checks the ids a content file names (units, lists, chats, bulletin) against {@code loa.yaml}. */
final class ConfigReferences {

    private final LoaConfig config;

    ConfigReferences(LoaConfig config) {
        this.config = config;
    }

    /**
     * The effective units: the one implied by the inbox folder, then those given; given units add to the
     * implied one rather than replace it, so a file in {@code inbox/bnv/} always reaches bnv's feed.
     */
    List<String> units(FieldReader fields, String implied, boolean required) {
        List<String> known = config.units().stream().map(Unit::id).toList();
        Set<String> units = new LinkedHashSet<>();
        if (implied != null) {
            if (known.contains(implied)) {
                units.add(implied);
            } else {
                fields.problem("units", Messages.t("content.units.implied_unknown", TextRules.quote(implied),
                        Suggestions.hint(implied, known)));
            }
        }
        List<String> given = known(fields, "units", "content.units.unknown", known);
        if (given != null) {
            units.addAll(given);
        }
        if (units.isEmpty() && required) {
            fields.required("units", Messages.t("content.units.what"),
                    Messages.t("content.units.hint", known.isEmpty() ? "bnv" : known.get(0)));
        }
        return List.copyOf(units);
    }

    /** The given lists, or null for the units' defaults. */
    List<String> lists(FieldReader fields) {
        return known(fields, "lists", "content.lists.unknown", config.lists().stream().map(MailList::id).toList());
    }

    /** The given chats, or null for the units' defaults. */
    List<String> chats(FieldReader fields) {
        return known(fields, "chats", "content.chats.unknown", config.chats().stream().map(Chat::id).toList());
    }

    String bulletin(FieldReader fields, ContentType type) {
        String bulletin = fields.text("bulletin");
        List<String> known = config.bulletins().stream().map(Bulletin::id).toList();
        if (type != ContentType.BULLETIN) {
            if (bulletin != null) {
                fields.problem("bulletin", Messages.t("content.bulletin.not_bulletin"));
            }
            return null;
        }
        if (bulletin == null) {
            fields.required("bulletin", Messages.t("content.bulletin.what"),
                    Messages.t("content.bulletin.hint", known.isEmpty() ? "cchc" : known.get(0)));
        } else if (!known.contains(bulletin)) {
            fields.problem("bulletin", Messages.t("content.bulletin.unknown", TextRules.quote(bulletin),
                    Suggestions.hint(bulletin, known)));
        }
        return bulletin;
    }

    /** The given ids, each checked against {@code known} ({@code unknown}: the message key); null when the key is absent. */
    private static List<String> known(FieldReader fields, String key, String unknown, List<String> known) {
        List<String> values = fields.list(key);
        if (values == null) {
            return null;
        }
        List<String> valid = new ArrayList<>();
        for (String value : values) {
            if (known.contains(value)) {
                valid.add(value);
            } else {
                fields.problem(key, Messages.t(unknown, TextRules.quote(value), Suggestions.hint(value, known)));
            }
        }
        return List.copyOf(valid);
    }
}
