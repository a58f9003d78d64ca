package vn.loa.subscriber;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.loa.config.MailList;

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
            return invalid("empty");
        }
        String id = raw.strip();
        return ZALO_ID.matcher(id).matches() ? new Result(id, null) : invalid("a Zalo user id is 1 to 32 digits");
    }

    public static Result email(String raw) {
        if (raw == null || raw.isBlank()) {
            return invalid("empty");
        }
        String address = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (address.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp)
                || Character.isSpaceChar(cp))) {
            return invalid("contains a space or a control character");
        }
        if (address.startsWith("<") || address.endsWith(">")) {
            return invalid("give the address alone, without a name or angle brackets");
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return invalid("no @");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        String problem = localProblem(local);
        if (problem != null) {
            return invalid(problem);
        }
        if (domain.isEmpty()) {
            return invalid("nothing after @");
        }
        if (domain.startsWith("[")) {
            return invalid("address literals ([…]) are not accepted; give a domain name");
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
            return invalid("longer than 320 characters");
        }
        return new Result(normalized, null);
    }

    private static String localProblem(String local) {
        if (local.isEmpty()) {
            return "nothing before @";
        }
        if (local.indexOf('@') >= 0) {
            return "more than one @";
        }
        if (local.startsWith("\"")) {
            return "quoted local parts (\"…\"@) are not accepted";
        }
        if (!local.chars().allMatch(c -> c < 128)) {
            return "the part before @ must be ASCII (internationalized local parts are not accepted)";
        }
        if (local.length() > 64) {
            return "the part before @ is longer than 64 characters";
        }
        if (!DOT_ATOM.matcher(local).matches()) {
            if (local.startsWith(".") || local.endsWith(".")) {
                return "the part before @ starts or ends with a dot";
            }
            if (local.contains("..")) {
                return "two dots in a row before @";
            }
            int bad = local.chars().filter(c -> c != '.' && ATEXT.indexOf(c) < 0 && !Character.isLetterOrDigit(c))
                    .findFirst().orElse('?');
            return "the character '" + (char) bad + "' is not allowed before @";
        }
        return null;
    }

    /** The domain in ASCII, label by label (IDNA 2003, as {@link IDN} does), so each problem names its label. */
    private static String toAscii(String domain) {
        String dotted = domain.toLowerCase(Locale.ROOT).replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
        if (dotted.startsWith(".") || dotted.endsWith(".") || dotted.contains("..")) {
            throw new IllegalArgumentException("the domain has an empty label (a dot at an end or two dots in a row)");
        }
        StringBuilder ascii = new StringBuilder();
        for (String label : dotted.split("\\.")) {
            try {
                ascii.append(ascii.length() == 0 ? "" : ".").append(IDN.toASCII(label).toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(label.length() > 63 ? "a domain label is longer than 63 characters"
                        : "the domain label '" + label + "' is not a valid internationalized name (" + e.getMessage() + ")");
            }
        }
        return ascii.toString();
    }

    private static String domainProblem(String domain) {
        if (domain.length() > 255) {
            return "the domain is longer than 255 characters";
        }
        String[] labels = domain.split("\\.");
        if (labels.length < 2) {
            return "the domain '" + domain + "' has no dot (e.g. example.vn)";
        }
        for (String label : labels) {
            if (label.length() > 63) {
                return "a domain label is longer than 63 characters";
            }
            if (!LABEL.matcher(label).matches()) {
                return "the domain label '" + label + "' may hold only letters, digits and inner hyphens";
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return "the top-level domain '" + labels[labels.length - 1] + "' is numeric";
        }
        return null;
    }

    private static Result invalid(String reason) {
        return new Result(null, reason);
    }
}
