package vn.loa.bulletin;

import java.time.Instant;
import java.util.List;
import vn.loa.config.Bulletin;
import vn.loa.i18n.Messages;
import vn.loa.storage.StoredContent;

/** The next issue as gathered: its number, period, articles in issue order, notes and what the templates show. */
public record IssueDraft(Bulletin bulletin, int year, int number, Instant from, Instant to, List<StoredContent> articles,
                         List<StoredContent> notes, IssueView view) {

    String skipReason(Bulletin b) {
        return Messages.t("bulletin.skip_reason", articles.size(), from, b.minArticles());
    }
}
