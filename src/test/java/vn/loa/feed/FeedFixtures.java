package vn.loa.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/** Shared fixtures: one unit channel, two Vietnamese articles (newest first) and strict parsers. */
final class FeedFixtures {

    static final String TITLE_1 = "Bộ Nội vụ triển khai Kế hoạch cải cách hành chính năm 2026 — Đẩy mạnh số hóa";
    static final String TITLE_2 = "Đơn giản hóa 120 thủ tục hành chính thuộc lĩnh vực đất đai";
    static final Instant UPDATED = Instant.parse("2026-03-02T01:30:00Z");
    static final Instant PUBLISHED_1 = Instant.parse("2026-03-01T02:00:00Z");
    static final Instant PUBLISHED_2 = Instant.parse("2026-02-20T03:15:00Z");

    static final FeedChannel CHANNEL = new FeedChannel("bnv", "Bộ Nội vụ", "https://moha.gov.vn/",
            "http://localhost:8080/feeds/bnv/", "vi", UPDATED);

    private FeedFixtures() {
    }

    static FeedEntry newest() {
        return new FeedEntry("urn:loa:article:ke-hoach-cchc-2026", TITLE_1,
                "http://localhost:8080/articles/ke-hoach-cchc-2026",
                "Bộ Nội vụ ban hành Kế hoạch cải cách hành chính năm 2026.", resource("body-vietnamese.html"),
                "Phòng Cải cách hành chính", List.of("cải cách hành chính", "chuyển đổi số"),
                "https://moha.gov.vn/images/ke-hoach-2026.jpg", PUBLISHED_1, UPDATED);
    }

    static FeedEntry older() {
        return new FeedEntry("urn:loa:article:don-gian-hoa-thu-tuc-dat-dai", TITLE_2,
                "http://localhost:8080/articles/don-gian-hoa-thu-tuc-dat-dai",
                null, "<p>Nội dung ngắn.</p>", null, List.of(), null, PUBLISHED_2, PUBLISHED_2);
    }

    static FeedEntry withBody(String title, String summary, String contentHtml) {
        return new FeedEntry("urn:loa:article:kiem-thu", title, "http://localhost:8080/articles/kiem-thu",
                summary, contentHtml, null, List.of(), null, PUBLISHED_1, UPDATED);
    }

    static List<FeedEntry> twoEntries() {
        return List.of(newest(), older());
    }

    static String resource(String name) {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/feed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource feed/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SyndFeed rome(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    /** A namespace-aware DOM parse with doctypes banned; any error or warning fails. */
    static Document strictDom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && name.equals(e.getLocalName())
                    && Objects.equals(namespace, e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        if (found.size() != 1) {
            throw new AssertionError("expected one <" + name + "> in <" + parent.getTagName() + ">, found " + found.size());
        }
        return found.get(0);
    }

    static String text(Element parent, String name) {
        return child(parent, null, name).getTextContent();
    }
}
