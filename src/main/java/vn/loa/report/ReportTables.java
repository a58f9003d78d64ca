package vn.loa.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.loa.content.Channel;
import vn.loa.delivery.SendProgress;
import vn.loa.i18n.Messages;

/** The tables of a report, worded in its language: the same rows in every format. */
final class ReportTables {

    private final Report report;
    private final Messages m;

    ReportTables(Report report, Messages messages) {
        this.report = report;
        this.m = messages;
    }

    ReportTable units() {
        List<List<Object>> rows = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        for (UnitRow u : report.units()) {
            rows.add(unitCells(u, u.name()));
            depths.add(u.depth());
        }
        return new ReportTable("units", m.get("report.table.units"), headers("unit", "items", "issues", "updated",
                "withdrawn", "feed", "email", "chat", "people"), rows, depths,
                unitCells(report.total(), m.get("report.col.total")));
    }

    private static List<Object> unitCells(UnitRow u, String name) {
        return List.of(name, u.items(), u.bulletinIssues(), u.updated(), u.withdrawn(),
                u.channel(Channel.FEED).sent(), u.channel(Channel.EMAIL).sent(), u.channel(Channel.CHAT).sent(),
                u.people());
    }

    ReportTable channels() {
        List<List<Object>> rows = new ArrayList<>();
        ChannelFigures sum = ChannelFigures.NONE;
        for (Channel c : Channel.values()) {
            ChannelFigures f = report.total().channel(c);
            rows.add(channelCells(m.get("report.channel." + c.key()), f));
            sum = sum.plus(f);
        }
        return new ReportTable("channels", m.get("report.table.channels"), headers("channel", "sent", "failed", "dead",
                "pending", "skipped", "recipients"), rows, null, channelCells(m.get("report.col.total"), sum));
    }

    private static List<Object> channelCells(String name, ChannelFigures f) {
        return List.of(name, f.sent(), f.failed(), f.dead(), f.pending(), f.skipped(), f.recipients());
    }

    ReportTable lists() {
        List<List<Object>> rows = new ArrayList<>();
        int[] sum = new int[5];
        for (ListFigures l : report.lists()) {
            rows.add(List.of(l.name(), l.atStart(), l.joined(), l.left(), l.bounced(), l.atEnd()));
            int[] values = {l.atStart(), l.joined(), l.left(), l.bounced(), l.atEnd()};
            for (int i = 0; i < 5; i++) {
                sum[i] += values[i];
            }
        }
        return new ReportTable("lists", m.get("report.table.lists"), headers("list", "atStart", "joined", "left",
                "bounced", "atEnd"), rows, null, rows.isEmpty() ? null
                : List.of(m.get("report.col.total"), sum[0], sum[1], sum[2], sum[3], sum[4]));
    }

    ReportTable failures() {
        List<List<Object>> rows = new ArrayList<>();
        int[] sum = new int[5];
        for (FailureFigures f : report.failures()) {
            rows.add(List.of(m.get("report.channel." + f.channel().key()), f.failed(), f.resent(), f.retrying(),
                    f.stillFailed(), f.dead()));
            int[] values = {f.failed(), f.resent(), f.retrying(), f.stillFailed(), f.dead()};
            for (int i = 0; i < 5; i++) {
                sum[i] += values[i];
            }
        }
        return new ReportTable("failures", m.get("report.table.failures"), headers("channel", "everFailed", "resent",
                "retrying", "stillFailed", "dead"), rows, null,
                List.of(m.get("report.col.total"), sum[0], sum[1], sum[2], sum[3], sum[4]));
    }

    ReportTable items() {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (ItemLine i : report.items()) {
            List<String> notes = new ArrayList<>();
            if (i.updated()) {
                notes.add(m.get("report.note.updated"));
            }
            if (i.withdrawn() != null) {
                notes.add(m.get("report.note.withdrawn", ReportText.shortDate(i.withdrawn())));
            }
            rows.add(List.of(++n, i.date(), i.title(), String.join(", ", i.units()),
                    i.channels().stream().map(c -> m.get("report.channel.short." + c.key())).collect(Collectors.joining(", ")),
                    i.recipients(), String.join("; ", notes)));
        }
        return new ReportTable("items", m.get("report.table.items"), headers("no", "date", "title", "units",
                "channels", "reached", "note"), rows, null, null);
    }

    ReportTable issues() {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (IssueLine i : report.issues()) {
            rows.add(List.of(++n, i.title(), m.get("report.issue.number", i.number(), String.valueOf(i.year())), i.date(),
                    i.articles(), i.recipients()));
        }
        return new ReportTable("issues", m.get("report.table.issues"), headers("no", "bulletin", "number", "issueDate",
                "articles", "reached"), rows, null, null);
    }

    ReportTable inProgress() {
        List<List<Object>> rows = new ArrayList<>();
        for (SendProgress p : report.inProgress()) {
            rows.add(List.of(p.contentId(), p.channel().key(), p.target(), p.sent() + " / " + p.total(), p.failed(),
                    p.rate(), p.timeLeft() == null ? m.get("report.progress.waiting")
                            : m.get("report.progress.left", SendProgress.duration(p.timeLeft()))));
        }
        return new ReportTable("in-progress", m.get("report.table.inProgress"), headers("progressItem", "channel",
                "target", "progress", "failed", "rate", "timeLeft"), rows, null, null);
    }

    /** Every table, in {@link ReportTable#KEYS} order. */
    List<ReportTable> all() {
        return List.of(units(), channels(), lists(), failures(), items(), issues(), inProgress());
    }

    private List<String> headers(String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(m.get("report.col." + k));
        }
        return out;
    }
}
