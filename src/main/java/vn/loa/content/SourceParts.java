package vn.loa.content;

import java.nio.charset.StandardCharsets;
import vn.loa.i18n.Messages;

/**
 * A content file's text split into its YAML front matter (between a first line {@code ---} and the next
 * {@code ---} line) and its body.
 *
 * @param frontMatter the YAML text, or null when the file has none or it is unusable
 * @param body        the text after the closing {@code ---} line (the whole text when there is no front matter),
 *                    or null when the front matter is unterminated
 * @param bodyLine    the 1-based line the body starts on
 * @param problem     why the front matter is missing, unterminated or too large, or null
 */
record SourceParts(String frontMatter, String body, int bodyLine, Problem problem) {

    /** Front matter is a few lines of metadata; anything larger is a mistake or an attack. */
    static final int MAX_FRONT_MATTER_BYTES = 64 * 1024;

    /** Line 2 of the file is line 1 of the YAML. */
    static final int FRONT_MATTER_FIRST_LINE = 2;

    private static final String FIELD = "front matter";

    static SourceParts split(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isDelimiter(text, 0, firstEnd)) {
            return new SourceParts(null, text, 1, new Problem(1, FIELD, Messages.t("content.front_matter.missing")));
        }
        int line = 2;
        for (int start = firstEnd + 1; start <= text.length(); line++) {
            int end = lineEnd(text, start);
            if (isDelimiter(text, start, end)) {
                String yaml = text.substring(Math.min(firstEnd + 1, start), start);
                String body = end >= text.length() ? "" : text.substring(end + 1);
                int size = yaml.getBytes(StandardCharsets.UTF_8).length;
                if (size > MAX_FRONT_MATTER_BYTES) {
                    return new SourceParts(null, body, line + 1, new Problem(1, FIELD,
                            Messages.t("content.front_matter.too_large", size, MAX_FRONT_MATTER_BYTES)));
                }
                return new SourceParts(yaml, body, line + 1, null);
            }
            if (end >= text.length()) {
                break;
            }
            start = end + 1;
        }
        return new SourceParts(null, null, line, new Problem(1, FIELD, Messages.t("content.front_matter.unterminated")));
    }

    boolean ok() {
        return problem == null;
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /** {@code ---} with optional trailing blanks, as editors often leave them. */
    private static boolean isDelimiter(String text, int start, int end) {
        if (end - start < 3 || !text.startsWith("---", start)) {
            return false;
        }
        for (int i = start + 3; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
