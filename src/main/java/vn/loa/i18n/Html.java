package vn.loa.i18n;

/** Markup that {@link Messages#html} inserts as it is, where a plain argument would be escaped. */
public record Html(String markup) {

    /** {@code text} escaped and in {@code <strong>}. */
    public static Html strong(String text) {
        return new Html("<strong>" + escape(text) + "</strong>");
    }

    /** {@code & < > " '} as character references, for text and attribute values alike. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String ref = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (ref != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (ref != null) {
                    out.append(ref);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
