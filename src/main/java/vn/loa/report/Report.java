package vn.loa.report;

import java.time.Instant;
import java.util.List;
import vn.loa.delivery.SendProgress;

/**
 * A report of one unit (with the units below it) or of every unit, for a period: the letterhead, a line per unit with
 * its roll-up and the total, the recipient lists, the failures, the items and bulletin issues published, and the
 * sends of its items still in progress when it was made.
 *
 * @param unitId   the unit the report is for, or null for every unit
 * @param language {@code vi} or {@code en}: the wording of every format
 * @param corrections correction notices of the items sent (deliveries of kind correction: edits in place, notices)
 * @param withdrawals withdrawals of the items sent (deliveries of kind withdrawal: messages deleted, notices)
 */
public record Report(Period period, String unitId, String language, String zone, Instant generatedAt,
                     Letterhead letterhead, List<UnitRow> units, UnitRow total, List<ListFigures> lists,
                     List<FailureFigures> failures, List<ItemLine> items, List<IssueLine> issues, int corrections,
                     int withdrawals, List<SendProgress> inProgress) {

    public Report {
        units = List.copyOf(units);
        lists = List.copyOf(lists);
        failures = List.copyOf(failures);
        items = List.copyOf(items);
        issues = List.copyOf(issues);
        inProgress = List.copyOf(inProgress);
    }
}
