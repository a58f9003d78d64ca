package vn.loa.email;

import java.util.Locale;

/**
 * What a bounce says about one of Loa's messages: the delivery it names ({@code null} when it names none Loa
 * recognizes), the failed recipient, the DSN action ({@code failed}, {@code delayed}), the enhanced status code
 * ({@code 5.1.1}) and the remote server's diagnostic. A 5.x.x failure is hard; a 4.x.x or a delay is soft.
 */
public record Bounce(Long deliveryId, String contentId, String recipient, String action, String status, String diagnostic) {

    public boolean soft() {
        return "delayed".equals(action == null ? null : action.toLowerCase(Locale.ROOT))
                || status != null && status.startsWith("4.");
    }

    public boolean hard() {
        return !soft() && status != null && status.startsWith("5.");
    }

    /** The status and diagnostic, as recorded on the delivery and in the consent history. */
    public String reason() {
        String code = status == null ? "unknown status" : status;
        return diagnostic == null || diagnostic.isBlank() ? code : code + " " + diagnostic;
    }
}
