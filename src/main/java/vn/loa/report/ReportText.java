package vn.loa.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.loa.content.Channel;
import vn.loa.i18n.Messages;

/**
 * The wording of a report in its language: the letterhead lines, the period it covers, the summary sentences made
 * from the figures, the sections and their tables, the closing, signer and recipients. Every format writes these.
 */
public final class ReportText {

    /** Where the clerk writes the number by hand: "Số:" and this much room before "/BC-…". */
    static final String NUMBER_ROOM = "\u00a0".repeat(7);
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A section of the body: "I. KẾT QUẢ CHUNG", its paragraphs, then its tables. */
    public record Section(String title, List<String> paragraphs, List<ReportTable> tables) {
    }

    private final Report report;
    private final Messages m;
    private final ReportTables tables;

    public ReportText(Report report) {
        this.report = report;
        this.m = Messages.of(report.language());
        this.tables = new ReportTables(report, m);
    }

    public Messages messages() {
        return m;
    }

    public String nation() {
        return m.get("report.nation");
    }

    public String motto() {
        return m.get("report.motto");
    }

    /** The governing body in capitals, or null. */
    public String parentName() {
        String p = report.letterhead().parentName();
        return p == null || p.isBlank() ? null : upper(p);
    }

    public String issuerName() {
        return upper(report.letterhead().issuerName());
    }

    /** "Số: 12/BC-BNV", or "Số:       /BC-BNV" for the clerk to fill in. */
    public String number() {
        Letterhead l = report.letterhead();
        String symbol = "/BC-" + l.symbol();
        String n = l.number() == null ? "" : l.number().strip();
        if (n.isEmpty()) {
            return m.get("report.number", NUMBER_ROOM + symbol);
        }
        if (n.contains("/")) {
            return m.get("report.number", n);
        }
        return m.get("report.number", (n.length() == 1 && Character.isDigit(n.charAt(0)) ? "0" + n : n) + symbol);
    }

    /** "Hà Nội, ngày 05 tháng 01 năm 2026": days below 10 and months 1 and 2 with a leading zero. */
    public String placeAndDate() {
        LocalDate d = report.letterhead().date();
        String day = (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth();
        String month = (d.getMonthValue() < 3 ? "0" : "") + d.getMonthValue();
        String place = report.letterhead().place();
        return place == null || place.isBlank() ? m.get("report.date", day, month, String.valueOf(d.getYear()), shortDate(d))
                : m.get("report.placeDate", place, day, month, String.valueOf(d.getYear()), shortDate(d));
    }

    public String type() {
        return m.get("report.type");
    }

    /** The one-line subject under "BÁO CÁO". */
    public String subject() {
        return m.get("report.subject", periodName());
    }

    /** "quý III năm 2026", "6 tháng đầu năm 2026", "từ ngày 01/07/2026 đến ngày 30/09/2026". */
    public String periodName() {
        Period p = report.period();
        String year = String.valueOf(p.year());
        return switch (p.kind()) {
            case MONTH -> m.get("report.periodName.month", p.index(), year);
            case QUARTER -> m.get("report.periodName.quarter", ROMAN[p.index() - 1], year);
            case HALF -> m.get("report.periodName.half" + p.index(), year);
            case NINE_MONTHS -> m.get("report.periodName.nine", year);
            case YEAR -> m.get("report.periodName.year", year);
            case RANGE -> m.get("report.periodName.range", shortDate(p.first()), shortDate(p.last()));
        };
    }

    /** Which days the figures cover, and by which rule. */
    public String covers() {
        Period p = report.period();
        return m.get("report.covers." + p.basis().name().toLowerCase(Locale.ROOT), shortDate(p.first()),
                shortDate(p.last()));
    }

    public String toLabel() {
        return m.get("report.to");
    }

    /** "Kính gửi" lines: one addressee alone, several each on its own line with "-" and ";" (the last "."). */
    public List<String> to() {
        List<String> to = report.letterhead().to();
        if (to.size() == 1) {
            return List.of(to.get(0) + ".");
        }
        return dashed(to);
    }

    public String intro() {
        return m.get(report.unitId() == null ? "report.intro.all" : "report.intro", report.letterhead().issuerName(),
                periodName());
    }

    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        out.add(new Section(heading(0, "report.section.summary"), summary(), List.of()));
        List<ReportTable> figures = new ArrayList<>(List.of(number(1, tables.units()), number(2, tables.channels()),
                number(3, tables.lists()), number(4, tables.failures())));
        out.add(new Section(heading(1, "report.section.figures"), List.of(m.get("report.rollup")), figures));
        out.add(new Section(heading(2, "report.section.items"), List.of(), List.of(tables.items())));
        out.add(new Section(heading(3, "report.section.issues"), List.of(), List.of(tables.issues())));
        return out;
    }

    /** The sends still in progress when the report was made (an annex after the signature), or null. */
    public ReportTable inProgress() {
        return report.inProgress().isEmpty() ? null : tables.inProgress();
    }

    /** Every table, in {@link ReportTable#KEYS} order (the in-progress one only when something is being sent). */
    public List<ReportTable> tables() {
        List<ReportTable> all = new ArrayList<>(tables.all());
        if (report.inProgress().isEmpty()) {
            all.removeIf(t -> t.key().equals("in-progress"));
        }
        return all;
    }

    private String heading(int index, String key) {
        return ROMAN[index] + ". " + m.get(key);
    }

    private static ReportTable number(int n, ReportTable t) {
        return new ReportTable(t.key(), n + ". " + t.title(), t.header(), t.rows(), t.depths(), t.total());
    }

    /** Sentences made from the figures. */
    public List<String> summary() {
        UnitRow t = report.total();
        List<String> out = new ArrayList<>();
        out.add(m.get("report.summary.items", report.letterhead().issuerName(), t.items(), t.bulletinIssues(),
                report.unitId() == null ? 1 : 0));
        out.add(m.get("report.summary.delivery", t.channel(Channel.FEED).sent(), t.channel(Channel.FEED).recipients(),
                t.channel(Channel.EMAIL).sent(), t.channel(Channel.EMAIL).recipients(),
                t.channel(Channel.CHAT).sent(), t.channel(Channel.CHAT).recipients()));
        out.add(m.get("report.summary.changes", t.updated(), t.withdrawn(), report.corrections(), report.withdrawals()));
        int failed = report.failures().stream().mapToInt(FailureFigures::failed).sum();
        if (failed == 0) {
            out.add(m.get("report.summary.noFailures"));
        } else {
            out.add(m.get("report.summary.failures", failed,
                    report.failures().stream().mapToInt(FailureFigures::resent).sum(),
                    report.failures().stream().mapToInt(FailureFigures::retrying).sum(),
                    report.failures().stream().mapToInt(FailureFigures::stillFailed).sum(),
                    report.failures().stream().mapToInt(FailureFigures::dead).sum()));
        }
        if (!report.lists().isEmpty()) {
            out.add(m.get("report.summary.lists", report.lists().size(),
                    report.lists().stream().mapToInt(ListFigures::atStart).sum(),
                    report.lists().stream().mapToInt(ListFigures::atEnd).sum(),
                    report.lists().stream().mapToInt(ListFigures::joined).sum(),
                    report.lists().stream().mapToInt(ListFigures::left).sum(),
                    report.lists().stream().mapToInt(ListFigures::bounced).sum()));
        }
        return out;
    }

    public String closing() {
        return m.get("report.closing", periodName(), report.letterhead().issuerName());
    }

    /** When and in which time zone the figures were taken. */
    public String generated() {
        return m.get("report.generated", DateTimeFormatter.ISO_INSTANT.format(report.generatedAt()), report.zone());
    }

    /** The signer block, top to bottom, with null where the signature goes. */
    public List<String> signer() {
        Letterhead l = report.letterhead();
        List<String> out = new ArrayList<>();
        if (l.signerAuthority() != null && !l.signerAuthority().isBlank()) {
            out.add(upper(l.signerAuthority()));
        }
        if (l.signerTitle() != null && !l.signerTitle().isBlank()) {
            out.add(upper(l.signerTitle()));
        }
        out.add(null);
        if (l.signerName() != null && !l.signerName().isBlank()) {
            out.add(l.signerName().strip());
        }
        return out;
    }

    public String recipientsLabel() {
        return m.get("report.recipients");
    }

    /** "Nơi nhận" lines: "- X;" each, "- Như trên;" first when there are addressees, "- Lưu: VT." last. */
    public List<String> recipients() {
        List<String> lines = new ArrayList<>();
        if (!report.letterhead().to().isEmpty()) {
            lines.add(m.get("report.recipient.same"));
        }
        lines.addAll(report.letterhead().recipients());
        if (lines.stream().noneMatch(r -> r.strip().startsWith(m.get("report.recipient.archivePrefix")))) {
            lines.add(m.get("report.recipient.archive"));
        }
        return dashed(lines);
    }

    private static List<String> dashed(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip().replaceAll("[;.,]+$", "");
            out.add("- " + line + (i == lines.size() - 1 ? "." : ";"));
        }
        return out;
    }

    /** A cell's text: numbers grouped the language's way, dates as dd/MM/yyyy. */
    public String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Integer n) {
            return m.get("report.count", n);
        }
        if (value instanceof LocalDate d) {
            return shortDate(d);
        }
        return value.toString();
    }

    static String shortDate(LocalDate d) {
        return SHORT.format(d);
    }

    private String upper(String text) {
        return text.strip().toUpperCase(m.locale());
    }
}
