package vn.loa.delivery;

import java.util.List;

/**
 * One item version handed from intake to delivery. In a route body it is written {@code contentId@version}, one
 * per line when a batch of items is handed off together.
 */
public record Handoff(String contentId, String version) {

    /** Reads {@code contentId@version}; a version never holds an {@code @}, a content id may. */
    public static Handoff parse(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("not a hand-off (contentId@version): " + text);
        }
        return new Handoff(text.substring(0, at), text.substring(at + 1));
    }

    /** The hand-offs of a route body, one per line; null or blank lines: none. */
    public static List<Handoff> lines(String body) {
        return body == null ? List.of()
                : body.lines().map(String::strip).filter(line -> line.contains("@")).map(Handoff::parse).toList();
    }

    /** The route body for {@code items}: one per line, "" for none. */
    public static String body(List<Handoff> items) {
        return String.join("\n", items.stream().map(Handoff::toString).toList());
    }

    @Override
    public String toString() {
        return contentId + "@" + version;
    }
}
