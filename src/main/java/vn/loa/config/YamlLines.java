package vn.loa.config;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** Finds the line of a key path such as {@code units[2].lists[0]} in a YAML text, for error messages. */
final class YamlLines {

    private final Node root;

    YamlLines(String yaml) {
        LoadSettings settings = LoadSettings.builder().build();
        Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
        this.root = composer.getSingleNode().orElse(null);
    }

    /** The 1-based line of the node at {@code path} or of its nearest existing parent; 1 when nothing matches. */
    int line(List<Object> path) {
        Node node = root;
        int line = 1;
        for (Object step : path) {
            Node next = step instanceof Integer index ? item(node, index) : value(node, (String) step);
            if (next == null) {
                break;
            }
            node = next;
            line = lineOf(next, line);
        }
        return line;
    }

    /**
     * The 1-based line of the key that ends {@code path} (an unknown key, whose block value may start lines
     * below it), else as {@link #line}.
     */
    int keyLine(List<Object> path) {
        if (path.isEmpty() || !(path.get(path.size() - 1) instanceof String key)) {
            return line(path);
        }
        List<Object> parentPath = path.subList(0, path.size() - 1);
        Node parent = root;
        for (Object step : parentPath) {
            parent = step instanceof Integer index ? item(parent, index) : value(parent, (String) step);
            if (parent == null) {
                return line(path);
            }
        }
        Node keyNode = keyNode(parent, key);
        return keyNode == null ? line(path) : lineOf(keyNode, line(parentPath));
    }

    /** The plain text at {@code path}, when there is a scalar there. */
    Optional<String> scalar(List<Object> path) {
        Node node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? item(node, index) : value(node, (String) step);
            if (node == null) {
                return Optional.empty();
            }
        }
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    private static int lineOf(Node node, int fallback) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(fallback);
    }

    private static Node item(Node node, int index) {
        if (node instanceof SequenceNode seq && index < seq.getValue().size()) {
            return seq.getValue().get(index);
        }
        return null;
    }

    private static Node value(Node node, String key) {
        NodeTuple tuple = tuple(node, key);
        return tuple == null ? null : tuple.getValueNode();
    }

    private static Node keyNode(Node node, String key) {
        NodeTuple tuple = tuple(node, key);
        return tuple == null ? null : tuple.getKeyNode();
    }

    private static NodeTuple tuple(Node node, String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return tuple;
                }
            }
        }
        return null;
    }
}
