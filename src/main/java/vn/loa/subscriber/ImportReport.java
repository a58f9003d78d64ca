package vn.loa.subscriber;

import java.util.List;

/**
 * What an import did: members added, updated (name or attributes changed, or pending confirmed) and unchanged;
 * rows that were invalid, duplicates of an earlier row (compared case-insensitively), and addresses that
 * unsubscribed or bounced and so were not subscribed again. Problems are in file order.
 */
public record ImportReport(int added, int updated, int unchanged, List<RowProblem> invalid, List<RowProblem> duplicates,
                           List<RowProblem> notResubscribed) {

    public ImportReport {
        invalid = List.copyOf(invalid);
        duplicates = List.copyOf(duplicates);
        notResubscribed = List.copyOf(notResubscribed);
    }
}
