package vn.loa.feed;

import static vn.loa.feed.XmlChars.present;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.jdom2.Element;
import org.jdom2.Namespace;

import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;

/**
 * RSS 2.0 with {@code content:encoded}, {@code dc:creator}, an {@code atom:link rel="self"} and the image
 * as a Media RSS {@code media:content} (an {@code enclosure} would need a byte length we do not know).
 */
final class RssRenderer {

    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    static final Namespace MEDIA = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    private RssRenderer() {
    }

    static String render(FeedChannel channel, List<FeedEntry> entries) {
        Channel rss = new Channel("rss_2.0");
        rss.setTitle(channel.title());
        rss.setLink(channel.homeUrl());
        rss.setDescription(channel.title());
        if (present(channel.language())) {
            rss.setLanguage(channel.language());
        }
        Date updated = Date.from(channel.updated());
        rss.setPubDate(updated);
        rss.setLastBuildDate(updated);
        rss.setGenerator("Loa");
        rss.setForeignMarkup(new ArrayList<>(List.of(selfLink(channel.feedBase() + FeedFiles.RSS))));
        List<Item> items = new ArrayList<>();
        entries.forEach(e -> items.add(item(e)));
        rss.setItems(items);

        boolean hasImages = entries.stream().anyMatch(e -> present(e.imageUrl()));
        return FeedXml.write(rss, channel.unitId(), root -> {
            root.addNamespaceDeclaration(ATOM);
            if (hasImages) {
                root.addNamespaceDeclaration(MEDIA);
            }
        });
    }

    private static Item item(FeedEntry e) {
        Item item = new Item();
        item.setTitle(e.title());
        item.setLink(e.link());
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue(e.guid());
        item.setGuid(guid);
        if (present(e.summary())) {
            // description is read as HTML by readers, so the plain-text summary is HTML-escaped first
            Description description = new Description();
            description.setValue(escapeHtml(e.summary()));
            item.setDescription(description);
        }
        if (present(e.contentHtml())) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(e.contentHtml());
            item.setContent(content);
        }
        if (e.published() != null) {
            item.setPubDate(Date.from(e.published()));
        }
        if (present(e.author())) {
            // <author> must be an e-mail address in RSS 2.0; a name goes into dc:creator
            DCModuleImpl dc = new DCModuleImpl();
            dc.setCreator(e.author());
            item.getModules().add(dc);
        }
        List<Category> categories = new ArrayList<>();
        for (String tag : e.tags()) {
            Category category = new Category();
            category.setValue(tag);
            categories.add(category);
        }
        item.setCategories(categories);
        if (present(e.imageUrl())) {
            item.setForeignMarkup(new ArrayList<>(List.of(mediaContent(e.imageUrl()))));
        }
        return item;
    }

    private static Element selfLink(String href) {
        return new Element("link", ATOM)
                .setAttribute("href", href)
                .setAttribute("rel", "self")
                .setAttribute("type", "application/rss+xml");
    }

    private static Element mediaContent(String url) {
        Element media = new Element("content", MEDIA).setAttribute("url", url).setAttribute("medium", "image");
        String type = FeedXml.imageType(url);
        if (type != null) {
            media.setAttribute("type", type);
        }
        return media;
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
