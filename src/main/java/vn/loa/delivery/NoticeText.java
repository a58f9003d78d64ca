package vn.loa.delivery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.loa.i18n.Messages;
import vn.loa.storage.StoredContent;

/** The words of a correction or withdrawal shown to readers ({@code correction_*}), the same in every channel. */
public final class NoticeText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private NoticeText() {
    }

    /** "Đính chính: …" for an item whose current version is a correction, else null. */
    public static String note(StoredContent item) {
        String correction = item.article().correction();
        return correction == null || correction.isBlank() ? null : Messages.t("correction.note", correction.strip());
    }

    /** "Bài này đã được gỡ bỏ lúc … Lý do: …" for a withdrawn item. */
    public static String withdrawn(StoredContent item, ZoneId zone) {
        var at = item.withdrawal() != null ? item.withdrawal().at() : item.updatedAt();
        String when = WHEN.format(at.atZone(zone));
        String reason = item.withdrawal() == null ? null : item.withdrawal().reason();
        return reason == null || reason.isBlank() ? Messages.t("correction.withdrawn", when)
                : Messages.t("correction.withdrawn.reason", when, reason.strip());
    }

    /** The title of a notice of {@code kind} about {@code item}: "[Đính chính] …" or "[Gỡ bài] …". */
    public static String title(DeliveryKind kind, StoredContent item) {
        return Messages.t(kind == DeliveryKind.WITHDRAWAL ? "correction.chat.withdrawn_title"
                : "correction.chat.corrected_title", item.article().title());
    }

    /** What a notice of {@code kind} says under its title: the correction note, or when and why it was withdrawn. */
    public static String body(DeliveryKind kind, StoredContent item, ZoneId zone) {
        if (kind == DeliveryKind.WITHDRAWAL) {
            return withdrawn(item, zone);
        }
        String note = note(item);
        return note == null ? item.article().summary() : note;
    }
}
