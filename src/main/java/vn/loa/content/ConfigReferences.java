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
                fields.problem("units", "unknown unit " + TextRules.quote(implied) + " implied by the inbox folder "
                        + Suggestions.hint(implied, known));
            }
        }
        List<String> given = known(fields, "units", "unit", known);
        if (given != null) {
            units.addAll(given);
        }
        if (units.isEmpty() && required) {
            fields.required("units", "write the unit ids, e.g. units: [" + (known.isEmpty() ? "bnv" : known.get(0))
                    + "], or drop the file into its unit's inbox folder");
        }
        return List.copyOf(units);
    }

    /** The given lists, or null for the units' defaults. */
    List<String> lists(FieldReader fields) {
        return known(fields, "lists", "list", config.lists().stream().map(MailList::id).toList());
    }

    /** The given chats, or null for the units' defaults. */
    List<String> chats(FieldReader fields) {
        return known(fields, "chats", "chat", config.chats().stream().map(Chat::id).toList());
    }

    String bulletin(FieldReader fields, ContentType type) {
        String bulletin = fields.text("bulletin");
        List<String> known = config.bulletins().stream().map(Bulletin::id).toList();
        if (type != ContentType.BULLETIN) {
            if (bulletin != null) {
                fields.problem("bulletin", "only used with type: bulletin; add type: bulletin or remove this line");
            }
            return null;
        }
        if (bulletin == null) {
            fields.required("bulletin", "type: bulletin needs the bulletin's id, e.g. bulletin: "
                    + (known.isEmpty() ? "cchc" : known.get(0)));
        } else if (!known.contains(bulletin)) {
            fields.problem("bulletin", "unknown bulletin " + TextRules.quote(bulletin) + " " + Suggestions.hint(bulletin, known));
        }
        return bulletin;
    }

    /** The given ids, each checked against {@code known}; null when the key is absent. */
    private static List<String> known(FieldReader fields, String key, String noun, List<String> known) {
        List<String> values = fields.list(key);
        if (values == null) {
            return null;
        }
        List<String> valid = new ArrayList<>();
        for (String value : values) {
            if (known.contains(value)) {
                valid.add(value);
            } else {
                fields.problem(key, "unknown " + noun + " " + TextRules.quote(value) + " " + Suggestions.hint(value, known));
            }
        }
        return List.copyOf(valid);
    }
}
