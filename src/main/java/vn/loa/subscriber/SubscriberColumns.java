package vn.loa.subscriber;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import vn.loa.config.MailList;
import vn.loa.guard.SpreadsheetCells;
import vn.loa.i18n.Messages;

/**
 * The header row of a subscriber file and how each row reads: the address column ({@code email}; for a
 * {@code kind: zalo} list {@code user_id}, else {@code email}, holding the id), {@code name}, an optional
 * {@code status} (as {@code subscribers export} writes it: only empty or {@code confirmed} rows are subscribed),
 * and every other named column as an attribute. Column names are matched without regard to case.
 */
final class SubscriberColumns {

    /** Where a row that is not imported is reported. */
    interface Problems {
        void invalid(long line, String value, String reason);

        void duplicate(long line, String value, String reason);

        void notResubscribed(long line, String value, String reason);
    }

    /** A row to import: a normalized address, its cleaned name and non-blank attributes. */
    record Member(long line, String address, String name, Map<String, String> attributes) {
    }

    private record Attribute(int index, String name) {
    }

    private final MailList list;
    private final int width;
    private final int address;
    private final int name;
    private final int status;
    private final List<Attribute> attributes;

    private SubscriberColumns(MailList list, int width, int address, int name, int status, List<Attribute> attributes) {
        this.list = list;
        this.width = width;
        this.address = address;
        this.name = name;
        this.status = status;
        this.attributes = attributes;
    }

    /** The columns that may hold the address, by preference. */
    static List<String> idColumns(MailList list) {
        return list.isZalo() ? List.of("user_id", "email") : List.of("email");
    }

    static SubscriberColumns of(MailList list, Path file, CSVRecord header) {
        Map<String, Integer> byKey = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = Normalizer.normalize(header.get(i).strip(), Normalizer.Form.NFC);
            names.add(column);
            if (!column.isEmpty() && byKey.putIfAbsent(SubscriberCsv.key(column), i) != null) {
                throw new SubscriberFileException(file + ":1: " + Messages.t("subscribers.file.column_twice", column));
            }
        }
        String idColumn = idColumns(list).stream().filter(byKey::containsKey).findFirst().orElseThrow(() ->
                new SubscriberFileException(file + ":1: " + Messages.t("subscribers.file.no_id_column",
                        String.join(" " + Messages.t("subscribers.or") + " ", idColumns(list).stream().map(c -> "'" + c + "'")
                                .toList()), String.join(",", names),
                        idColumns(list).get(0))));
        List<Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String key = SubscriberCsv.key(names.get(i));
            boolean reserved = SubscriberCsv.RESERVED.contains(key) && !(key.equals("email") && !idColumn.equals("email"));
            if (!key.isEmpty() && !reserved) {
                attributes.add(new Attribute(i, names.get(i)));
            }
        }
        return new SubscriberColumns(list, header.size(), byKey.get(idColumn),
                byKey.getOrDefault("name", -1), byKey.getOrDefault("status", -1), attributes);
    }

    /** The member a row holds, or null after reporting why it is not imported; blank rows are skipped silently. */
    Member read(CSVRecord record, long line, Map<String, Long> seen, Problems problems) {
        if (record.stream().allMatch(String::isBlank)) {
            return null;
        }
        if (record.size() != width) {
            problems.invalid(line, record.size() > address ? record.get(address).strip() : "",
                    Messages.t("subscribers.row.width", record.size(), width));
            return null;
        }
        String raw = SpreadsheetCells.restore(record.get(address).strip());
        AddressValidator.Result checked = AddressValidator.check(list, raw);
        if (!checked.valid()) {
            String kind = list.isZalo() ? "zalo" : "email";
            problems.invalid(line, raw, raw.isEmpty() ? Messages.t("subscribers.row.no_address." + kind)
                    : Messages.t("subscribers.row.invalid_address." + kind, raw, checked.reason()));
            return null;
        }
        String given = name < 0 ? null : SpreadsheetCells.restore(record.get(name));
        if (DisplayNames.tooLong(given)) {
            problems.invalid(line, raw, Messages.t("subscribers.row.name_long", DisplayNames.MAX));
            return null;
        }
        SubscriberStatus fileStatus = null;
        if (status >= 0 && !record.get(status).isBlank()) {
            try {
                fileStatus = SubscriberStatus.of(record.get(status));
            } catch (IllegalArgumentException e) {
                problems.invalid(line, raw, Messages.t("subscribers.row.status", record.get(status).strip()));
                return null;
            }
        }
        Long first = seen.putIfAbsent(checked.address(), line);
        if (first != null) {
            problems.duplicate(line, raw, Messages.t("subscribers.row.duplicate", raw, first));
            return null;
        }
        if (fileStatus != null && fileStatus != SubscriberStatus.CONFIRMED) {
            problems.notResubscribed(line, checked.address(), Messages.t("subscribers.row.status_in_file",
                    checked.address(), fileStatus.key()));
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            String value = Normalizer.normalize(SpreadsheetCells.restore(record.get(a.index()).strip()), Normalizer.Form.NFC);
            if (!value.isEmpty()) {
                values.put(a.name(), value);
            }
        }
        return new Member(line, checked.address(), DisplayNames.clean(given), values);
    }
}
