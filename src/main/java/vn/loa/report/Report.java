package vn.loa.report;

import java.time.Instant;
import java.util.List;
import vn.loa.delivery.SendProgress;

/**
 * The figures of every unit (or one unit) for a period, with parents rolled up, and the sends of the units' items
 * still in progress when the report was made.
 */
public record Report(Period period, String zone, Instant generatedAt, List<UnitFigures> units,
                     List<SendProgress> inProgress) {
}
