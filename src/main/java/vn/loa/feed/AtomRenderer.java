package vn.loa.feed;

import static vn.loa.feed.XmlChars.present;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.jdom2.Namespace;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;

/**
 * Atom 1.0. The feed id is its own URL; the unit is the feed-level author, so entries without an author
 * still satisfy RFC 4287; the image is a {@code rel="enclosure"} link (length is optional in Atom).
 */
final class AtomRenderer {

    private AtomRenderer() {
    }

    static String render(FeedChannel channel, List<FeedEntry> entries) {
        String self = channel.feedBase() + FeedFiles.ATOM;
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitleEx(content(Content.TEXT, channel.title()));
        feed.setUpdated(Date.from(channel.updated()));
        feed.setAlternateLinks(new ArrayList<>(List.of(link("alternate", "text/html", channel.homeUrl()))));
        feed.setOtherLinks(new ArrayList<>(List.of(link("self", "application/atom+xml", self))));
        feed.setAuthors(people(channel.title()));
        Generator generator = new Generator();
        generator.setValue("Loa");
        feed.setGenerator(generator);
        feed.setLanguage(channel.language());
        List<Entry> atomEntries = new ArrayList<>();
        entries.forEach(e -> atomEntries.add(entry(e, channel.updated())));
        feed.setEntries(atomEntries);

        return FeedXml.write(feed, channel.unitId(), root -> {
            // Rome reads xml:lang but does not write it
            if (present(channel.language())) {
                root.setAttribute("lang", channel.language(), Namespace.XML_NAMESPACE);
            }
        });
    }

    private static Entry entry(FeedEntry e, Instant feedUpdated) {
        Entry entry = new Entry();
        entry.setId(e.guid());
        entry.setTitleEx(content(Content.TEXT, e.title()));
        entry.setAlternateLinks(new ArrayList<>(List.of(link("alternate", "text/html", e.link()))));
        if (present(e.imageUrl())) {
            entry.setOtherLinks(new ArrayList<>(List.of(link("enclosure", FeedXml.imageType(e.imageUrl()), e.imageUrl()))));
        }
        if (e.published() != null) {
            entry.setPublished(Date.from(e.published()));
        }
        // <updated> is required: fall back to the first publication, then to the feed's time
        Instant updated = e.updated() != null ? e.updated() : e.published() != null ? e.published() : feedUpdated;
        entry.setUpdated(Date.from(updated));
        if (present(e.summary())) {
            entry.setSummary(content(Content.TEXT, e.summary()));
        }
        if (present(e.contentHtml())) {
            entry.setContents(new ArrayList<>(List.of(content(Content.HTML, e.contentHtml()))));
        }
        if (present(e.author())) {
            entry.setAuthors(people(e.author()));
        }
        List<Category> categories = new ArrayList<>();
        for (String tag : e.tags()) {
            Category category = new Category();
            category.setTerm(tag);
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }

    private static Content content(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static List<SyndPerson> people(String name) {
        Person person = new Person();
        person.setName(name);
        return new ArrayList<>(List.of(person));
    }
}
