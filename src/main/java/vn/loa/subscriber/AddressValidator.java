package vn.loa.subscriber;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.loa.config.MailList;
import vn.loa.i18n.Messages;

/**
 * Checks and normalizes list members. An email address is trimmed and NFC-normalized; its local part must be an
 * ASCII dot-atom (RFC 5322, no quoted strings) of at most 64 characters; its domain is converted to ASCII with
 * {@link IDN} (so {@code cục-thuế.vn} is valid), made of letter-digit-hyphen labels of at most 63 characters, at
 * most 255 in all; the address at most 320. The normalized form is lower-case: it is the uniqueness key.
 * A {@code kind: zalo} list holds Zalo user ids instead: 1 to 32 digits.
 */
public final class AddressValidator {

    /** A normalized address, or the reason it is not one. */
    public record Result(String address, String reason) {

        public boolean valid() {
            return reason == null;
        }

        /** The normalized address; throws when invalid. */
        public String orThrow(String value) {
            if (!valid()) {
                throw new InvalidAddressException(value, reason);
            }
            return address;
        }
    }

    private static final String ATEXT = "A-Za-z0-9!#$%&'*+/=?^_`{|}~-";
    private static final Pattern DOT_ATOM = Pattern.compile("[" + ATEXT + "]+(\\.[" + ATEXT + "]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final Pattern ZALO_ID = Pattern.compile("[0-9]{1,32}");

    private AddressValidator() {
    }

    /** As the list's kind requires: an email address, or a Zalo user id. */
    public static Result check(MailList list, String raw) {
        return list.isZalo() ? zaloUserId(raw) : email(raw);
    }

    public static Result zaloUserId(String raw) {
        if (raw == null || raw.isBlank()) {
            return invalid(Messages.t("subscribers.address.empty"));
        }
        String id = raw.strip();
        return ZALO_ID.matcher(id).matches() ? new Result(id, null) : invalid(Messages.t("subscribers.address.zalo"));
    }

    public static Result email(String raw) {
        if (raw == null || raw.isBlank()) {
            return invalid(Messages.t("subscribers.address.empty"));
        }
        String address = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (address.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp)
                || Character.isSpaceChar(cp))) {
            return invalid(Messages.t("subscribers.address.space"));
        }
        if (address.startsWith("<") || address.endsWith(">")) {
            return invalid(Messages.t("subscribers.address.brackets"));
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return invalid(Messages.t("subscribers.address.no_at"));
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        String problem = localProblem(local);
        if (problem != null) {
            return invalid(problem);
        }
        if (domain.isEmpty()) {
            return invalid(Messages.t("subscribers.address.no_domain"));
        }
        if (domain.startsWith("[")) {
            return invalid(Messages.t("subscribers.address.literal"));
        }
        String ascii;
        try {
            ascii = toAscii(domain);
        } catch (IllegalArgumentException e) {
            return invalid(e.getMessage());
        }
        problem = domainProblem(ascii);
        if (problem != null) {
            return invalid(problem);
        }
        String normalized = local.toLowerCase(Locale.ROOT) + "@" + ascii;
        if (normalized.length() > 320) {
            return invalid(Messages.t("subscribers.address.too_long"));
        }
        return new Result(normalized, null);
    }

    private static String localProblem(String local) {
        if (local.isEmpty()) {
            return Messages.t("subscribers.address.no_local");
        }
        if (local.indexOf('@') >= 0) {
            return Messages.t("subscribers.address.two_at");
        }
        if (local.startsWith("\"")) {
            return Messages.t("subscribers.address.quoted");
        }
        if (!local.chars().allMatch(c -> c < 128)) {
            return Messages.t("subscribers.address.local_ascii");
        }
        if (local.length() > 64) {
            return Messages.t("subscribers.address.local_long");
        }
        if (!DOT_ATOM.matcher(local).matches()) {
            if (local.startsWith(".") || local.endsWith(".")) {
                return Messages.t("subscribers.address.local_dot");
            }
            if (local.contains("..")) {
                return Messages.t("subscribers.address.local_dots");
            }
            int bad = local.chars().filter(c -> c != '.' && ATEXT.indexOf(c) < 0 && !Character.isLetterOrDigit(c))
                    .findFirst().orElse('?');
            return Messages.t("subscribers.address.local_char", String.valueOf((char) bad));
        }
        return null;
    }

    /** The domain in ASCII, label by label (IDNA 2003, as {@link IDN} does), so each problem names its label. */
    private static String toAscii(String domain) {
        String dotted = domain.toLowerCase(Locale.ROOT).replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
        if (dotted.startsWith(".") || dotted.endsWith(".") || dotted.contains("..")) {
            throw new IllegalArgumentException(Messages.t("subscribers.address.domain_empty_label"));
        }
        StringBuilder ascii = new StringBuilder();
        for (String label : dotted.split("\\.")) {
            try {
                ascii.append(ascii.length() == 0 ? "" : ".").append(IDN.toASCII(label).toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(label.length() > 63 ? Messages.t("subscribers.address.label_long")
                        : Messages.t("subscribers.address.label_idn", label, e.getMessage()));
            }
        }
        return ascii.toString();
    }

    private static String domainProblem(String domain) {
        if (domain.length() > 255) {
            return Messages.t("subscribers.address.domain_long");
        }
        String[] labels = domain.split("\\.");
        if (labels.length < 2) {
            return Messages.t("subscribers.address.domain_dot", domain);
        }
        for (String label : labels) {
            if (label.length() > 63) {
                return Messages.t("subscribers.address.label_long");
            }
            if (!LABEL.matcher(label).matches()) {
                return Messages.t("subscribers.address.label_chars", label);
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return Messages.t("subscribers.address.tld_numeric", labels[labels.length - 1]);
        }
        return null;
    }

    private static Result invalid(String reason) {
        return new Result(null, reason);
    }
}
