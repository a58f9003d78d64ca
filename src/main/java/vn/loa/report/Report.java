package vn.loa.report;

import java.time.Instant;
import java.util.List;

/** The figures of every unit (or one unit) for a period, with parents rolled up. */
public record Report(Period period, String zone, Instant generatedAt, List<UnitFigures> units) {
}
