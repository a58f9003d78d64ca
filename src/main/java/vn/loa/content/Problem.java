package vn.loa.content;

/**
 * One thing wrong with a content file. {@code line} is 1-based (0 when the problem has no line, such as an
 * unreadable encoding); {@code field} is the front-matter key, or {@code body}, {@code file}, {@code front matter}.
 */
public record Problem(int line, String field, String message) {

    /** {@code FILE:LINE: field: message}, the form {@code check} prints and {@code NAME.error.txt} holds. */
    public String format(String file) {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
