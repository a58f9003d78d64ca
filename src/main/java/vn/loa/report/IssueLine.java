package vn.loa.report;

import java.time.LocalDate;

/** A bulletin issue published in the period: "Số 12/2026", its date, articles and the recipients it reached. */
public record IssueLine(String bulletinId, String title, int year, int number, LocalDate date, int articles,
                        String contentId, int recipients) {
}
