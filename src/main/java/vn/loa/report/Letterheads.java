package vn.loa.report;

import java.time.LocalDate;
import java.util.Locale;
import vn.loa.config.LoaConfig;
import vn.loa.config.Unit;
import vn.loa.config.UnitReport;

/** The letterhead of a unit's report, from its {@code report:} block in {@code loa.yaml} and the caller's overrides. */
final class Letterheads {

    private final LoaConfig config;
    private final UnitTree tree;

    Letterheads(LoaConfig config) {
        this.config = config;
        this.tree = new UnitTree(config);
    }

    /** The unit that issues a report of {@code unitId}, or of every unit: {@code report.issuer}, else the first top unit. */
    Unit issuer(String unitId) {
        if (unitId != null) {
            return config.unit(unitId).orElseThrow();
        }
        if (config.report().issuer() != null) {
            return config.unit(config.report().issuer()).orElseThrow();
        }
        return config.units().stream().filter(u -> tree.parent(u) == null).findFirst()
                .orElse(config.units().isEmpty() ? new Unit("loa", "Loa", null, null, null, null, null, null)
                        : config.units().get(0));
    }

    Letterhead of(ReportRequest request, LocalDate today) {
        Unit unit = issuer(request.unitId());
        UnitReport r = unit.report();
        String parentName = r.parentName() != null ? r.parentName()
                : tree.parent(unit) == null ? null : tree.parent(unit).name();
        String symbol = r.symbol() != null ? r.symbol() : unit.id().toUpperCase(Locale.ROOT);
        String place = first(request.place(), placeOf(unit));
        return new Letterhead(parentName, unit.name(), symbol, request.number(), place,
                request.date() != null ? request.date() : today,
                request.to() != null ? request.to() : r.to(),
                first(request.signerAuthority(), r.signerAuthority()),
                first(request.signerTitle(), r.signerTitle()),
                first(request.signerName(), r.signerName()),
                request.recipients() != null ? request.recipients() : r.recipients());
    }

    /** The unit's place, else its nearest ancestor's, else {@code report.place}. */
    private String placeOf(Unit unit) {
        for (Unit u : tree.upwards(unit)) {
            if (u.report().place() != null && !u.report().place().isBlank()) {
                return u.report().place().strip();
            }
        }
        return config.report().place();
    }

    private static String first(String override, String configured) {
        return override != null ? override : configured;
    }
}
