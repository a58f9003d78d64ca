package vn.loa.bulletin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.config.Bulletin;
import vn.loa.config.LoaConfig;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.feed.Links;
import vn.loa.storage.StoredContent;

/** Puts an issue together: the articles grouped by unit in the bulletin's order (newest first in each), and its view. */
public final class IssueComposer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LoaConfig config;
    private final Links links;
    private final IssueRenderer renderer;

    public IssueComposer(LoaConfig config, Links links, IssueRenderer renderer) {
        this.config = config;
        this.links = links;
        this.renderer = renderer;
    }

    /** The unit an article is listed under: the first of the bulletin's units it names. */
    String unitOf(Bulletin b, Article a) {
        return b.units().stream().filter(a.units()::contains).findFirst().orElse(a.units().get(0));
    }

    /** {@code articles} (newest first) grouped by unit in the order of {@code bulletin.units}. */
    List<StoredContent> order(Bulletin b, List<StoredContent> articles) {
        List<StoredContent> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparingInt(item -> b.units().indexOf(unitOf(b, item.article()))));
        return ordered;
    }

    IssueView view(Bulletin b, int year, int number, Instant from, Instant to, List<StoredContent> articles,
                   List<StoredContent> notes) {
        Map<String, List<IssueView.Entry>> byUnit = new LinkedHashMap<>();
        int index = 0;
        for (StoredContent item : order(b, articles)) {
            Article a = item.article();
            String unitId = unitOf(b, a);
            String unitName = config.unit(unitId).map(Unit::name).orElse(unitId);
            byUnit.computeIfAbsent(unitName, u -> new ArrayList<>()).add(new IssueView.Entry(++index, unitName, a.id(),
                    a.title(), a.summary(), links.article(unitId, a.id()), date(item.publishedAt())));
        }
        List<IssueView.Section> sections = byUnit.entrySet().stream()
                .map(e -> new IssueView.Section(e.getKey(), e.getValue())).toList();
        List<IssueView.Note> shown = notes.stream().map(n -> new IssueView.Note(n.article().title(), n.article().bodyHtml())).toList();
        String issue = year + "-" + number;
        return new IssueView(b.id(), b.title(), issue, "Số " + number + "/" + year, year, number, date(to),
                date(from) + " – " + date(to), config.site().baseUrl() + "/bulletins/" + b.id() + "/" + issue,
                shown, sections, index);
    }

    String body(IssueView view) {
        return renderer.body(view);
    }

    private String date(Instant instant) {
        return DATE.format(instant.atZone(config.site().zone()));
    }
}
