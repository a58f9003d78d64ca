package vn.loa.subscriber;

/** A row of an import file that was not imported as given: its line, the value in question and why. */
public record RowProblem(long line, String value, String reason) {
}
