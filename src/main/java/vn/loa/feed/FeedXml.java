package vn.loa.feed;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/** Serializes a Rome wire feed as UTF-8 XML, after a last change to its root element. */
final class FeedXml {

    private static final Map<String, String> IMAGE_TYPES = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif",
            "webp", "image/webp", "avif", "image/avif", "svg", "image/svg+xml");

    private FeedXml() {
    }

    static String write(WireFeed feed, String unitId, Consumer<Element> finishRoot) {
        Document document;
        try {
            document = new WireFeedOutput().outputJDom(feed);
        } catch (FeedException | RuntimeException e) {
            throw new FeedRenderException("cannot render the " + feed.getFeedType() + " feed of unit '" + unitId
                    + "': " + e.getMessage(), e);
        }
        finishRoot.accept(document.getRootElement());
        // UTF-8 keeps Vietnamese as characters; TRIM_FULL_WHITE indents without touching any text value.
        Format format = Format.getPrettyFormat()
                .setEncoding("UTF-8")
                .setLineSeparator(LineSeparator.UNIX)
                .setTextMode(Format.TextMode.TRIM_FULL_WHITE);
        return new XMLOutputter(format).outputString(document);
    }

    /** The media type of an image URL, guessed from its file extension; null when unknown. */
    static String imageType(String url) {
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null || path.lastIndexOf('.') < 0) {
            return null;
        }
        return IMAGE_TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    }
}
