package vn.loa.config;

/**
 * The {@code report:} section: how periods are cut and who issues the report of every unit.
 *
 * @param cutoffDay the day of a period's last month its data end on (Decree 09/2019/NĐ-CP: 14)
 * @param calendar  true: months, quarters, halves and years are calendar dates by default
 * @param issuer    the unit whose heading and signer the report of all units carries; null: the first top-level unit
 * @param place     the place name before the date for units that set none (nor their parents)
 */
public record ReportSettings(Integer cutoffDay, Boolean calendar, String issuer, String place) {

    public ReportSettings {
        cutoffDay = cutoffDay == null ? 14 : cutoffDay;
        calendar = calendar != null && calendar;
        issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
        place = place == null || place.isBlank() ? null : place.strip();
    }

    public static ReportSettings defaults() {
        return new ReportSettings(null, null, null, null);
    }
}
