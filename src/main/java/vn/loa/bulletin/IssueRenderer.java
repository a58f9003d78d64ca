package vn.loa.bulletin;

import java.util.List;
import java.util.Map;
import vn.loa.email.Templates;

/**
 * Renders an issue from the editable templates: {@code bulletin-body.html} (the item's body in feeds and pages),
 * {@code bulletin-page.html} (the web version) and {@code bulletin-index.html} (all issues of a bulletin).
 * The email is rendered by the email channel from {@code bulletin-email.html} with the same values.
 */
public final class IssueRenderer {

    private final Templates templates;

    public IssueRenderer(Templates templates) {
        this.templates = templates;
    }

    public String body(IssueView view) {
        return templates.render("bulletin-body.html", view.values());
    }

    public String page(IssueView view) {
        Map<String, Object> values = view.values();
        values.put("body", body(view));
        return templates.render("bulletin-page.html", values);
    }

    /** The index; {@code issues} newest first. */
    public String index(String bulletinTitle, List<IssueView> issues) {
        return templates.render("bulletin-index.html", Map.of("bulletin_title", bulletinTitle,
                "issues", issues.stream().map(IssueView::values).toList()));
    }
}
