package vn.loa.content;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;
import vn.loa.i18n.Messages;

/**
 * The top-level keys of a content file's YAML front matter, each with its value node and 1-based file line.
 * Read without implicit typing (every scalar is a string), and without anchors, aliases, tags or merge keys.
 */
final class FrontMatter {

    /** A key, the file line it is on, and its value. {@code strippedLineBreak}: the value's lines had a U+000B. */
    record Entry(String key, int line, Node value, boolean strippedLineBreak) {
    }

    /** Fields are scalars or lists of scalars; a little slack for a mistaken nested list. */
    static final int MAX_DEPTH = 4;

    private static final String FIELD = "front matter";
    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final String VERTICAL_TAB = "\u000B";
    /** A value starting with a character YAML keeps for itself, such as @ or `. */
    private static final Pattern RESERVED_START = Pattern.compile("found character '(.)' that cannot start any token");

    private final Map<String, Entry> entries;

    private FrontMatter(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static FrontMatter empty() {
        return new FrontMatter(Map.of());
    }

    /** Reads {@code yaml} (the text between the {@code ---} lines); adds what is wrong to {@code problems}. */
    static FrontMatter read(String yaml, List<Problem> problems) {
        Set<Integer> verticalTabLines = linesContaining(yaml, VERTICAL_TAB);
        String readable = TextRules.stripInvalid(yaml);
        LoadSettings settings = LoadSettings.builder()
                .setLabel("front matter")
                .setSchema(new FailsafeSchema())
                // Only the constructor (unused here) honours this one; entries() finds duplicates itself.
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(SourceParts.MAX_FRONT_MATTER_BYTES)
                .build();
        try {
            Problem unsafe = firstUnsafeEvent(new Parse(settings).parseString(readable));
            if (unsafe != null) {
                problems.add(unsafe);
                return empty();
            }
            Optional<Node> root = new Compose(settings).composeString(readable);
            if (root.isEmpty()) {
                return empty();
            }
            if (!(root.get() instanceof MappingNode mapping)) {
                problems.add(new Problem(line(root.get().getStartMark()), FIELD, Messages.t("content.front_matter.not_mapping")));
                return empty();
            }
            return new FrontMatter(entries(mapping, verticalTabLines, problems));
        } catch (MarkedYamlEngineException e) {
            problems.add(new Problem(errorLine(e), FIELD, Messages.t("content.yaml.invalid", describe(e))));
        } catch (YamlEngineException e) {
            // composing refuses a list or mapping as a key before entries() sees it
            problems.add(new Problem(1, FIELD, String.valueOf(e.getMessage()).startsWith("Non scalar key")
                    ? Messages.t("content.key.not_plain") : Messages.t("content.yaml.invalid", oneLine(e.getMessage()))));
        }
        return empty();
    }

    Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    Collection<Entry> entries() {
        return entries.values();
    }

    /** Anchors, aliases (billion laughs), tags (class loading) and deep nesting are refused before composing. */
    private static Problem firstUnsafeEvent(Iterable<Event> events) {
        int depth = 0;
        for (Event event : events) {
            int line = line(event.getStartMark());
            if (event instanceof AliasEvent || event instanceof NodeEvent node && node.getAnchor().isPresent()) {
                return new Problem(line, FIELD, Messages.t("content.yaml.anchors"));
            }
            Optional<String> tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent start ? start.getTag() : Optional.empty();
            if (tag.isPresent()) {
                return new Problem(line, FIELD, Messages.t("content.yaml.tags",
                        TextRules.quote(tag.get().replace(CORE_TAG_PREFIX, "!!"))));
            }
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                return new Problem(line, FIELD, Messages.t("content.yaml.too_deep", MAX_DEPTH));
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return null;
    }

    private static Map<String, Entry> entries(MappingNode mapping, Set<Integer> verticalTabLines, List<Problem> problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int line = line(tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(new Problem(line, FIELD, Messages.t("content.key.not_plain")));
                continue;
            }
            String key = keyNode.getValue();
            if (key.equals("<<")) {
                problems.add(new Problem(line, key, Messages.t("content.key.merge")));
                continue;
            }
            Entry first = entries.get(key);
            if (first != null) {
                problems.add(new Problem(line, key, Messages.t("content.key.duplicate", first.line())));
                continue;
            }
            int lastLine = lastLine(tuple.getValueNode());
            boolean strippedLineBreak = verticalTabLines.stream().anyMatch(l -> l >= line && l <= lastLine);
            entries.put(key, new Entry(key, line, tuple.getValueNode(), strippedLineBreak));
        }
        return entries;
    }

    /** File lines (1-based) of {@code yaml} that contain {@code s}. */
    private static Set<Integer> linesContaining(String yaml, String s) {
        Set<Integer> lines = new TreeSet<>();
        String[] split = yaml.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            if (split[i].contains(s)) {
                lines.add(i + SourceParts.FRONT_MATTER_FIRST_LINE);
            }
        }
        return lines;
    }

    private static int line(Optional<Mark> mark) {
        return mark.map(m -> m.getLine() + SourceParts.FRONT_MATTER_FIRST_LINE).orElse(1);
    }

    /** A block value's end mark is at column 0 of the line after it. */
    private static int lastLine(Node value) {
        int end = line(value.getEndMark());
        boolean nextLine = value.getEndMark().map(m -> m.getColumn() == 0).orElse(false);
        return Math.max(line(value.getStartMark()), nextLine ? end - 1 : end);
    }

    /** Where the problem is, except that "end of stream" (an unclosed quote or bracket) points back at its start. */
    private static int errorLine(MarkedYamlEngineException e) {
        boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
        Optional<Mark> mark = atEnd && e.getContextMark().isPresent() ? e.getContextMark() : e.getProblemMark();
        return line(mark.or(e::getContextMark));
    }

    /**
     * The YAML parser's problem in plain words for the mistakes people make (a tab, an unclosed quote or bracket, a
     * colon in a value or none after a key, text after a closing quote, a backslash in double quotes, a value
     * starting with @); else its own (English) words.
     */
    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String known = problem.startsWith("found character '\\t(TAB)'") ? "content.yaml.tab"
                : problem.contains("end of stream") && context.contains("quoted scalar") ? "content.yaml.unclosed_quote"
                : context.contains("flow") && (problem.contains("end of stream") || problem.startsWith("expected ','"))
                        ? "content.yaml.unclosed_bracket"
                : problem.startsWith("mapping values are not allowed") ? "content.yaml.colon"
                : problem.startsWith("could not find expected ':'") ? "content.yaml.expected_colon"
                : problem.startsWith("expected <block end>") ? "content.yaml.structure"
                : problem.startsWith("found unknown escape character") ? "content.yaml.escape"
                : context.contains("scanning an anchor") || context.contains("scanning an alias") ? "content.yaml.anchors"
                : null;
        if (known != null) {
            return Messages.t(known);
        }
        Matcher reserved = RESERVED_START.matcher(problem);
        if (reserved.lookingAt()) {
            return Messages.t("content.yaml.reserved", reserved.group(1));
        }
        return oneLine(context.isEmpty() ? problem : problem + " " + context);
    }

    private static String oneLine(String message) {
        return message == null || message.isBlank() ? Messages.t("content.yaml.unreadable")
                : message.replaceAll("\\s+", " ").strip();
    }
}
