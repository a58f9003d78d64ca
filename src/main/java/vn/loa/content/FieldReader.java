package vn.loa.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import vn.loa.i18n.Messages;

/**
 * Reads front-matter values as text or lists of text, adding a problem (at the key's line) for every value of
 * the wrong shape or with unsafe characters. An absent key, or a key with an empty value, reads as null.
 */
final class FieldReader {

    private final FrontMatter frontMatter;
    private final List<Problem> problems;
    private final Set<String> flagged = new HashSet<>();

    FieldReader(FrontMatter frontMatter, List<Problem> problems) {
        this.frontMatter = frontMatter;
        this.problems = problems;
    }

    /** The key's line, or 1 (the opening {@code ---}) for a key that is absent. */
    int line(String key) {
        return frontMatter.get(key).map(FrontMatter.Entry::line).orElse(1);
    }

    boolean has(String key) {
        return frontMatter.get(key).isPresent();
    }

    void problem(String key, String message) {
        flagged.add(key);
        problems.add(new Problem(line(key), key, message));
    }

    /** Whether the key already has a problem, so "missing" or "empty" need not be said as well. */
    boolean flagged(String key) {
        return flagged.contains(key);
    }

    /**
     * A problem for a required value that is absent or blank, unless one was already reported for the key:
     * {@code what} names the value ("tiêu đề"), {@code hint} says what to write.
     */
    void required(String key, String what, String hint) {
        if (!flagged(key)) {
            problem(key, Messages.t(has(key) ? "content.field.empty" : "content.field.missing", what, hint));
        }
    }

    /** A trimmed single value, or null. */
    String text(String key) {
        String raw = scalar(key);
        return raw == null ? null : blankToNull(TextRules.trim(clean(raw)));
    }

    /**
     * A value that may end up in a mail header or chat line: HTML entities decoded, and a problem for any line
     * break or text-direction control; "" when present but blank, null when absent.
     */
    String headerText(String key) {
        String raw = scalar(key);
        if (raw == null) {
            return has(key) ? "" : null;
        }
        // Trimmed first: a folded block (title: >) ends in a newline that is no harm once trimmed.
        String value = TextRules.trim(Parser.unescapeEntities(raw, false));
        int unsafe = TextRules.firstHeaderUnsafe(value);
        if (unsafe < 0 && frontMatter.get(key).map(FrontMatter.Entry::strippedLineBreak).orElse(false)) {
            unsafe = 0x0B;
        }
        if (unsafe >= 0) {
            problem(key, Messages.t("content.field.unsafe", TextRules.describe(unsafe)));
        }
        return TextRules.trim(clean(value));
    }

    /** A YAML list, or a single value split at commas; trimmed, without blanks or repeats; null when absent. */
    List<String> list(String key) {
        Node node = frontMatter.get(key).map(FrontMatter.Entry::value).orElse(null);
        if (node == null || node instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
            return null;
        }
        List<String> raw = new ArrayList<>();
        if (node instanceof ScalarNode scalar) {
            raw.addAll(List.of(scalar.getValue().split(",")));
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar)) {
                    problem(key, Messages.t("content.field.nested_list", shape(item)));
                    return null;
                }
                raw.add(scalar.getValue());
            }
        } else {
            problem(key, Messages.t("content.field.not_list", shape(node)));
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        for (String value : raw) {
            String trimmed = TextRules.collapseWhitespace(clean(value));
            if (!trimmed.isEmpty()) {
                values.add(trimmed);
            }
        }
        return List.copyOf(values);
    }

    private String scalar(String key) {
        Node node = frontMatter.get(key).map(FrontMatter.Entry::value).orElse(null);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().isEmpty() ? null : scalar.getValue();
        }
        problem(key, Messages.t("content.field.not_single", shape(node)));
        return null;
    }

    /** YAML escapes (such as {@code "\x01"}) can bring back what the file-level cleaning removed. */
    private static String clean(String value) {
        return TextRules.nfc(TextRules.stripInvalid(value));
    }

    private static String shape(Node node) {
        return Messages.t(node instanceof MappingNode ? "content.shape.mapping"
                : node instanceof SequenceNode ? "content.shape.list" : "content.shape.value");
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
