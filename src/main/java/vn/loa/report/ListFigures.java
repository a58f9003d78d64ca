package vn.loa.report;

/**
 * A recipient list in the period, from its consent records: confirmed members at the start and at the end, and the
 * changes in between. Every change into "confirmed" is a join, every change from it a leave or a bounce, so
 * {@code atEnd = atStart + joined - left - bounced}.
 */
public record ListFigures(String listId, String name, int atStart, int joined, int left, int bounced, int atEnd) {
}
