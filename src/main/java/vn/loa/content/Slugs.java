package vn.loa.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Content ids: the allowed form, and the default id folded from a file name. */
final class Slugs {

    static final int MAX_LENGTH = 100;
    static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,99}$");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }

    /** {@code Cải cách hành chính.md} → {@code cai-cach-hanh-chinh}; "" when nothing ASCII is left. */
    static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String folded = MARKS.matcher(Normalizer.normalize(base, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'd')
                .toLowerCase(Locale.ROOT);
        String slug = trimDashes(NOT_ALNUM.matcher(folded).replaceAll("-"));
        return slug.length() <= MAX_LENGTH ? slug : trimDashes(slug.substring(0, MAX_LENGTH));
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
