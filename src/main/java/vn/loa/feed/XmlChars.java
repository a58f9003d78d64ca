package vn.loa.feed;

import java.util.List;

/**
 * Removes the characters XML 1.0 cannot carry even escaped: C0 controls other than tab, LF and CR,
 * U+FFFE, U+FFFF and unpaired surrogates (https://www.w3.org/TR/xml/#NT-Char).
 */
public final class XmlChars {

    private XmlChars() {
    }

    /** Returns {@code text} without XML-forbidden characters; {@code null} stays {@code null}. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair || isAllowedBmp(c)) {
                if (out != null) {
                    out.append(c);
                    if (pair) {
                        out.append(text.charAt(i + 1));
                    }
                }
                if (pair) {
                    i++;
                }
            } else if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
        }
        return out == null ? text : out.toString();
    }

    static FeedChannel cleaned(FeedChannel c) {
        return new FeedChannel(strip(c.unitId()), strip(c.title()), strip(c.homeUrl()), strip(c.feedBase()),
                strip(c.language()), c.updated());
    }

    static FeedEntry cleaned(FeedEntry e) {
        List<String> tags = e.tags() == null ? List.of()
                : e.tags().stream().map(XmlChars::strip).filter(XmlChars::present).toList();
        return new FeedEntry(strip(e.guid()), strip(e.title()), strip(e.link()), strip(e.summary()),
                strip(e.contentHtml()), strip(e.author()), tags, strip(e.imageUrl()), e.published(), e.updated());
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** True for a char that XML 1.0 allows on its own (surrogates only come in pairs). */
    private static boolean isAllowedBmp(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }
}
