package vn.loa.content;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a body into sanitized HTML, refusing bodies nested deeper than {@value #MAX_DEPTH} levels: commonmark
 * renders recursively (a deep body overflows the stack) and jsoup's cleaner slows down with the square of the depth.
 */
final class BodyRenderer {

    /** Far beyond any real article (tables in lists in quotes stay under 20). */
    static final int MAX_DEPTH = 100;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /** Up to 3 spaces, then a block quote or list marker; a run of them on one line nests blocks. */
    private static final Pattern CONTAINER_MARKER = Pattern.compile("\\G {0,3}(?:>|[-+*](?=[ \\t]|$)|\\d{1,9}[.)](?=[ \\t]|$))[ \\t]?");

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** A sanitized body: its HTML, and the cleaned tree it was written from (read for the text, never changed). */
    record Rendered(String html, Element body) {
    }

    /** The sanitized body, or empty when the body is nested too deeply to render safely. */
    Optional<Rendered> render(String body, BodyFormat format) {
        String html;
        if (format == BodyFormat.MARKDOWN) {
            Optional<String> rendered = markdown(body);
            if (rendered.isEmpty()) {
                return Optional.empty();
            }
            html = rendered.get();
        } else {
            html = body;
        }
        Document dirty = Jsoup.parse(html);
        if (depth(dirty.body()) > MAX_DEPTH) {
            return Optional.empty();
        }
        Document clean = sanitizer.clean(dirty);
        return Optional.of(new Rendered(HtmlSanitizer.html(clean), clean.body()));
    }

    private static Optional<String> markdown(String body) {
        // The parser itself slows down with the square of the nesting of markers on one line.
        if (body.lines().anyMatch(line -> markersAtStart(line) > MAX_DEPTH)) {
            return Optional.empty();
        }
        try {
            Node document = MARKDOWN.parse(body);
            return depth(document) > MAX_DEPTH ? Optional.empty() : Optional.of(RENDERER.render(document));
        } catch (StackOverflowError e) {
            // Deep emphasis (*a *a *a … a* a* a*) overflows the inline parser, which has no depth limit.
            return Optional.empty();
        }
    }

    private static int markersAtStart(String line) {
        Matcher marker = CONTAINER_MARKER.matcher(line);
        int count = 0;
        while (count <= MAX_DEPTH && marker.find() && marker.end() > marker.start()) {
            count++;
        }
        return count;
    }

    /** Nesting depth of a commonmark tree, walked without recursion. */
    private static int depth(Node root) {
        int depth = 0;
        int max = 0;
        Node node = root;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                max = Math.max(max, ++depth);
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return max;
    }

    private static int depth(org.jsoup.nodes.Element root) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), root);
        return max[0];
    }
}
