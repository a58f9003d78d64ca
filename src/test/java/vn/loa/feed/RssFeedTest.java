package vn.loa.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.loa.feed.FeedFixtures.CHANNEL;
import static vn.loa.feed.FeedFixtures.PUBLISHED_1;
import static vn.loa.feed.FeedFixtures.PUBLISHED_2;
import static vn.loa.feed.FeedFixtures.TITLE_1;
import static vn.loa.feed.FeedFixtures.TITLE_2;
import static vn.loa.feed.FeedFixtures.child;
import static vn.loa.feed.FeedFixtures.children;
import static vn.loa.feed.FeedFixtures.resource;
import static vn.loa.feed.FeedFixtures.rome;
import static vn.loa.feed.FeedFixtures.strictDom;
import static vn.loa.feed.FeedFixtures.text;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;

class RssFeedTest {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String MEDIA_NS = "http://search.yahoo.com/mrss/";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    private final FeedRenderer renderer = new FeedRenderer();

    @Test
    void rssFeed_parsesBackWithRome_withVietnameseIntact() throws Exception {
        SyndFeed feed = rome(renderer.rss(CHANNEL, FeedFixtures.twoEntries()));

        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isEqualTo("Bộ Nội vụ");
        assertThat(feed.getLink()).isEqualTo("https://moha.gov.vn/");
        assertThat(feed.getLanguage()).isEqualTo("vi");
        assertThat(feed.getPublishedDate()).isEqualTo(Date.from(FeedFixtures.UPDATED));
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(TITLE_1, TITLE_2);

        SyndEntry first = feed.getEntries().get(0);
        assertThat(first.getUri()).isEqualTo("urn:loa:article:ke-hoach-cchc-2026");
        assertThat(first.getLink()).isEqualTo("http://localhost:8080/articles/ke-hoach-cchc-2026");
        assertThat(first.getPublishedDate()).isEqualTo(Date.from(PUBLISHED_1));
        assertThat(first.getAuthor()).isEqualTo("Phòng Cải cách hành chính");
        assertThat(first.getCategories()).extracting(SyndCategory::getName)
                .containsExactly("cải cách hành chính", "chuyển đổi số");
        assertThat(first.getDescription().getValue()).isEqualTo("Bộ Nội vụ ban hành Kế hoạch cải cách hành chính năm 2026.");
        assertThat(first.getContents().get(0).getValue()).isEqualTo(resource("body-vietnamese.html"));

        SyndEntry second = feed.getEntries().get(1);
        assertThat(second.getUri()).isEqualTo("urn:loa:article:don-gian-hoa-thu-tuc-dat-dai");
        assertThat(second.getPublishedDate()).isEqualTo(Date.from(PUBLISHED_2));
        assertThat(second.getDescription()).isNull();
        assertThat(second.getCategories()).isEmpty();
    }

    @Test
    void rssFeed_passesStrictParser_withSelfLinkRfc822DatesAndOpaqueGuids() throws Exception {
        String xml = renderer.rss(CHANNEL, FeedFixtures.twoEntries());
        Element rss = strictDom(xml).getDocumentElement();

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").doesNotContain("<!DOCTYPE").contains(TITLE_1);
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element channel = child(rss, null, "channel");
        assertThat(text(channel, "language")).isEqualTo("vi");
        assertThat(text(channel, "lastBuildDate")).isEqualTo("Mon, 02 Mar 2026 01:30:00 GMT");
        assertThat(text(channel, "pubDate")).isEqualTo("Mon, 02 Mar 2026 01:30:00 GMT");
        assertThat(text(channel, "description")).isEqualTo("Bộ Nội vụ");
        Element self = child(channel, ATOM_NS, "link");
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo("http://localhost:8080/feeds/bnv/rss.xml");
        assertThat(self.getAttribute("type")).isEqualTo("application/rss+xml");

        List<Element> items = children(channel, null, "item");
        assertThat(items).hasSize(2);
        Element guid = child(items.get(0), null, "guid");
        assertThat(guid.getTextContent()).isEqualTo("urn:loa:article:ke-hoach-cchc-2026");
        assertThat(guid.getAttribute("isPermaLink")).isEqualTo("false");
        assertThat(text(items.get(0), "pubDate")).isEqualTo("Sun, 01 Mar 2026 02:00:00 GMT");
        assertThat(text(items.get(1), "pubDate")).isEqualTo("Fri, 20 Feb 2026 03:15:00 GMT");
        assertThat(child(items.get(0), DC_NS, "creator").getTextContent()).isEqualTo("Phòng Cải cách hành chính");
        assertThat(children(items.get(0), null, "author")).as("RSS <author> must be an e-mail").isEmpty();
        assertThat(child(items.get(0), CONTENT_NS, "encoded").getTextContent()).contains("<strong>Bộ Nội vụ</strong>");
    }

    @Test
    void rssFeed_imageBecomesMediaContent_notALengthlessEnclosure() throws Exception {
        Element channel = child(strictDom(renderer.rss(CHANNEL, FeedFixtures.twoEntries())).getDocumentElement(), null, "channel");
        List<Element> items = children(channel, null, "item");

        Element media = child(items.get(0), MEDIA_NS, "content");
        assertThat(media.getAttribute("url")).isEqualTo("https://moha.gov.vn/images/ke-hoach-2026.jpg");
        assertThat(media.getAttribute("medium")).isEqualTo("image");
        assertThat(media.getAttribute("type")).isEqualTo("image/jpeg");
        assertThat(children(items.get(0), null, "enclosure")).isEmpty();
        assertThat(children(items.get(1), MEDIA_NS, "content")).isEmpty();
        assertThat(children(items.get(1), DC_NS, "creator")).isEmpty();
    }

    @Test
    void rssFeed_withXmlForbiddenCharsAndCdataBreakout_isStillWellFormed() throws Exception {
        String title = "Tiêu\u0001 đề\u0008\u000B\u000C\u001F\uFFFE\uFFFF có ký tự lạ\uD800 và \uDC00 😀";
        String summary = "Tóm tắt ]]> </description> <b>x</b> & y\u0000";
        FeedEntry entry = FeedFixtures.withBody(title, summary, resource("body-cdata-breakout.html") + "\u001D");

        String xml = renderer.rss(CHANNEL, List.of(entry));
        Element item = child(child(strictDom(xml).getDocumentElement(), null, "channel"), null, "item");
        SyndEntry parsed = rome(xml).getEntries().get(0);

        assertThat(text(item, "title")).isEqualTo("Tiêu đề có ký tự lạ và  😀");
        assertThat(parsed.getTitle()).isEqualTo("Tiêu đề có ký tự lạ và  😀");
        assertThat(text(item, "description")).isEqualTo("Tóm tắt ]]&gt; &lt;/description&gt; &lt;b&gt;x&lt;/b&gt; &amp; y");
        assertThat(child(item, CONTENT_NS, "encoded").getTextContent()).isEqualTo(resource("body-cdata-breakout.html"));
        assertThat(xml).doesNotContain("<![CDATA[");
    }

    @Test
    void rssFeed_withNoEntries_isAValidChannel() throws Exception {
        String xml = renderer.rss(CHANNEL, List.of());

        Element channel = child(strictDom(xml).getDocumentElement(), null, "channel");
        assertThat(children(channel, null, "item")).isEmpty();
        assertThat(text(channel, "title")).isEqualTo("Bộ Nội vụ");
        SyndFeed feed = rome(xml);
        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getLanguage()).isEqualTo("vi");
    }

    @Test
    void rssFeed_withoutUpdatedTime_failsNamingTheUnit() {
        FeedChannel noTime = new FeedChannel("bnv", "Bộ Nội vụ", "https://moha.gov.vn/", "http://h/feeds/bnv/", "vi", null);

        assertThatThrownBy(() -> renderer.rss(noTime, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("unit 'bnv'").hasMessageContaining("updated");
    }

    @Test
    void strictParser_rejectsADoctype() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><rss>&lol;</rss>";

        assertThatThrownBy(() -> strictDom(bomb)).isInstanceOf(SAXParseException.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> rome(bomb)).hasMessageContaining("DOCTYPE");
    }
}
