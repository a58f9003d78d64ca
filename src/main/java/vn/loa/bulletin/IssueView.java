package vn.loa.bulletin;

import java.util.List;
import java.util.Map;
import vn.loa.storage.Json;

/**
 * What the bulletin templates render for one issue (stored with the issue, so the page, the index and every email
 * show the same thing). Keys reach the templates in snake_case: {@code bulletin_title}, {@code label}, …
 *
 * @param label    "Số 12/2026"
 * @param date     the issue date, dd/MM/yyyy in site.timezone
 * @param period   the period covered, "14/11/2026 – 22/11/2026"
 * @param notes    the editor's notes, on top
 * @param sections the articles grouped by unit, in the order of the bulletin's units
 */
public record IssueView(String bulletinId, String bulletinTitle, String issue, String label, int year, int number,
                        String date, String period, String pageUrl, List<Note> notes, List<Section> sections,
                        int articleCount) {

    /** An editor's note: title and sanitized HTML. */
    public record Note(String title, String html) {
    }

    /** The articles of one unit. */
    public record Section(String unit, List<Entry> articles) {
    }

    /** One article: its position in the table of contents, unit, title, summary and link. */
    public record Entry(int index, String unit, String id, String title, String summary, String link, String date) {
    }

    /** The values for a Mustache template. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> values() {
        return Json.MAPPER.convertValue(this, Map.class);
    }

    public String json() {
        return Json.write(this);
    }

    public static IssueView read(String json) {
        return Json.read(json, IssueView.class);
    }
}
