package vn.loa.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.loa.feed.FeedFixtures.CHANNEL;
import static vn.loa.feed.FeedFixtures.PUBLISHED_1;
import static vn.loa.feed.FeedFixtures.PUBLISHED_2;
import static vn.loa.feed.FeedFixtures.TITLE_1;
import static vn.loa.feed.FeedFixtures.TITLE_2;
import static vn.loa.feed.FeedFixtures.UPDATED;
import static vn.loa.feed.FeedFixtures.child;
import static vn.loa.feed.FeedFixtures.children;
import static vn.loa.feed.FeedFixtures.resource;
import static vn.loa.feed.FeedFixtures.rome;
import static vn.loa.feed.FeedFixtures.strictDom;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.xml.XMLConstants;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;

class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final FeedRenderer renderer = new FeedRenderer();

    @Test
    void atomFeed_parsesBackWithRome_withVietnameseIntact() throws Exception {
        SyndFeed feed = rome(renderer.atom(CHANNEL, FeedFixtures.twoEntries()));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Bộ Nội vụ");
        assertThat(feed.getUri()).isEqualTo("http://localhost:8080/feeds/bnv/atom.xml");
        // Rome does not map xml:lang back to the feed language; the strict-parser test checks it
        assertThat(feed.getPublishedDate()).isEqualTo(Date.from(UPDATED));
        assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly("Bộ Nội vụ");
        assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref).containsExactly(
                tuple("alternate", "https://moha.gov.vn/"),
                tuple("self", "http://localhost:8080/feeds/bnv/atom.xml"));
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(TITLE_1, TITLE_2);

        SyndEntry first = feed.getEntries().get(0);
        assertThat(first.getUri()).isEqualTo("urn:loa:article:ke-hoach-cchc-2026");
        assertThat(first.getLink()).isEqualTo("http://localhost:8080/articles/ke-hoach-cchc-2026");
        assertThat(first.getPublishedDate()).isEqualTo(Date.from(PUBLISHED_1));
        assertThat(first.getUpdatedDate()).isEqualTo(Date.from(UPDATED));
        assertThat(first.getAuthor()).isEqualTo("Phòng Cải cách hành chính");
        assertThat(first.getCategories()).extracting(SyndCategory::getName)
                .containsExactly("cải cách hành chính", "chuyển đổi số");
        assertThat(first.getDescription().getType()).isEqualTo("text");
        assertThat(first.getDescription().getValue()).isEqualTo("Bộ Nội vụ ban hành Kế hoạch cải cách hành chính năm 2026.");
        assertThat(first.getContents().get(0).getType()).isEqualTo("html");
        assertThat(first.getContents().get(0).getValue()).isEqualTo(resource("body-vietnamese.html"));

        SyndEntry second = feed.getEntries().get(1);
        assertThat(second.getUri()).isEqualTo("urn:loa:article:don-gian-hoa-thu-tuc-dat-dai");
        assertThat(second.getPublishedDate()).isEqualTo(Date.from(PUBLISHED_2));
        assertThat(second.getAuthors()).isEmpty();
        assertThat(second.getDescription()).isNull();
    }

    @Test
    void atomFeed_passesStrictParser_withXmlLangRfc3339DatesAndImageEnclosure() throws Exception {
        String xml = renderer.atom(CHANNEL, FeedFixtures.twoEntries());
        Element feed = strictDom(xml).getDocumentElement();

        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("vi");
        assertThat(child(feed, ATOM, "updated").getTextContent()).isEqualTo("2026-03-02T01:30:00Z");
        assertThat(child(feed, ATOM, "id").getTextContent()).isEqualTo("http://localhost:8080/feeds/bnv/atom.xml");

        List<Element> entries = children(feed, ATOM, "entry");
        assertThat(entries).hasSize(2);
        Element first = entries.get(0);
        assertThat(child(first, ATOM, "published").getTextContent()).isEqualTo("2026-03-01T02:00:00Z");
        assertThat(child(first, ATOM, "updated").getTextContent()).isEqualTo("2026-03-02T01:30:00Z");
        assertThat(child(first, ATOM, "summary").getAttribute("type")).isEqualTo("text");
        assertThat(child(first, ATOM, "content").getAttribute("type")).isEqualTo("html");
        assertThat(children(first, ATOM, "link")).extracting(l -> l.getAttribute("rel"), l -> l.getAttribute("href"),
                l -> l.getAttribute("type")).containsExactly(
                tuple("alternate", "http://localhost:8080/articles/ke-hoach-cchc-2026", "text/html"),
                tuple("enclosure", "https://moha.gov.vn/images/ke-hoach-2026.jpg", "image/jpeg"));
        assertThat(children(entries.get(1), ATOM, "link")).hasSize(1);
    }

    @Test
    void atomEntry_withoutUpdatedTime_usesItsPublicationTime() throws Exception {
        FeedEntry noUpdate = new FeedEntry("urn:loa:article:a", "Tiêu đề", "http://h/articles/a", null, "<p>x</p>",
                null, null, null, Instant.parse("2026-01-05T00:00:00Z"), null);

        Element entry = child(strictDom(renderer.atom(CHANNEL, List.of(noUpdate))).getDocumentElement(), ATOM, "entry");

        assertThat(child(entry, ATOM, "updated").getTextContent()).isEqualTo("2026-01-05T00:00:00Z");
        assertThat(children(entry, ATOM, "category")).isEmpty();
    }

    @Test
    void atomFeed_withXmlForbiddenCharsAndCdataBreakout_isStillWellFormed() throws Exception {
        FeedEntry entry = FeedFixtures.withBody("Tiêu\u0002 đề\uFFFF\uDBFF", "Tóm tắt ]]> </summary>\u0007",
                resource("body-cdata-breakout.html") + "\u0003");

        String xml = renderer.atom(CHANNEL, List.of(entry));
        Element parsed = child(strictDom(xml).getDocumentElement(), ATOM, "entry");
        SyndEntry romeEntry = rome(xml).getEntries().get(0);

        assertThat(child(parsed, ATOM, "title").getTextContent()).isEqualTo("Tiêu đề");
        assertThat(child(parsed, ATOM, "summary").getTextContent()).isEqualTo("Tóm tắt ]]> </summary>");
        assertThat(child(parsed, ATOM, "content").getTextContent()).isEqualTo(resource("body-cdata-breakout.html"));
        assertThat(romeEntry.getTitle()).isEqualTo("Tiêu đề");
    }

    @Test
    void atomFeed_withNoEntries_stillHasIdUpdatedAndAuthor() throws Exception {
        String xml = renderer.atom(CHANNEL, List.of());

        Element feed = strictDom(xml).getDocumentElement();
        assertThat(children(feed, ATOM, "entry")).isEmpty();
        assertThat(child(feed, ATOM, "id").getTextContent()).isNotBlank();
        assertThat(child(feed, ATOM, "updated").getTextContent()).isEqualTo("2026-03-02T01:30:00Z");
        assertThat(child(child(feed, ATOM, "author"), ATOM, "name").getTextContent()).isEqualTo("Bộ Nội vụ");
        assertThat(rome(xml).getEntries()).isEmpty();
    }
}
