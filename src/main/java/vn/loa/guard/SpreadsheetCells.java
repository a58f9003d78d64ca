package vn.loa.guard;

/**
 * Cells of the CSV files Loa writes (subscriber exports, the delivery log, reports), safe to open in a spreadsheet:
 * a value that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be taken
 * for a formula (OWASP "CSV injection"), so it gets a leading apostrophe, which spreadsheets show as text and do not
 * display. Subscriber imports take the apostrophe off again, so an export imports back unchanged.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** {@code value} as a cell no spreadsheet evaluates; null stays null. */
    public static String neutralise(String value) {
        return value != null && startsLikeAFormula(value, 0) ? "'" + value : value;
    }

    /** The value a {@link #neutralise}d cell had before (the apostrophe off), other values as they are. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell, 1)
                ? cell.substring(1) : cell;
    }

    private static boolean startsLikeAFormula(String value, int at) {
        if (value.length() <= at) {
            return false;
        }
        char first = value.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
