package vn.loa.content;

import java.util.Locale;
import vn.loa.i18n.Messages;

/** The markup of a body, chosen by the file's extension. */
enum BodyFormat {
    /** CommonMark with GFM tables; raw HTML inside is allowed and sanitized like the rest. */
    MARKDOWN,
    /** An HTML fragment, or a full document of which only the {@code <body>} is kept. */
    HTML;

    /** The format for a file name, or null when the extension is not supported. */
    static BodyFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        return null;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Messages.t("content.file.no_extension") : fileName.substring(dot);
    }
}
