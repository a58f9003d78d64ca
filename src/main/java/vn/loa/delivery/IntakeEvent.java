package vn.loa.delivery;

import java.time.Instant;

/** One row of {@code intake_events}: what happened to a dropped file. */
public record IntakeEvent(long id, Instant at, String file, String contentId, String version, Outcome outcome,
                          String message) {
}
