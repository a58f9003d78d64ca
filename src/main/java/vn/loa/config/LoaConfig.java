package vn.loa.config;

import java.util.List;
import java.util.Optional;

/** The whole of {@code loa.yaml}, bound and checked; every list is non-null. */
public record LoaConfig(
        Site site,
        Paths paths,
        List<Unit> units,
        List<MailList> lists,
        List<Chat> chats,
        List<Bulletin> bulletins,
        Smtp smtp,
        Storage storage,
        Http http,
        Intake intake,
        Retries retries,
        Bounces bounces,
        Node node,
        ReportSettings report) {

    public LoaConfig {
        site = site == null ? Site.defaults() : site;
        paths = paths == null ? Paths.defaults() : paths;
        units = units == null ? List.of() : List.copyOf(units);
        lists = lists == null ? List.of() : List.copyOf(lists);
        chats = chats == null ? List.of() : List.copyOf(chats);
        bulletins = bulletins == null ? List.of() : List.copyOf(bulletins);
        smtp = smtp == null ? Smtp.none() : smtp;
        storage = storage == null ? Storage.defaults() : storage;
        http = http == null ? Http.defaults() : http;
        intake = intake == null ? Intake.defaults() : intake;
        retries = retries == null ? Retries.defaults() : retries;
        bounces = bounces == null ? Bounces.none() : bounces;
        node = node == null ? Node.defaults() : node;
        report = report == null ? ReportSettings.defaults() : report;
    }

    /** A configuration without a {@code report:} section. */
    public LoaConfig(Site site, Paths paths, List<Unit> units, List<MailList> lists, List<Chat> chats,
                     List<Bulletin> bulletins, Smtp smtp, Storage storage, Http http, Intake intake, Retries retries,
                     Bounces bounces, Node node) {
        this(site, paths, units, lists, chats, bulletins, smtp, storage, http, intake, retries, bounces, node, null);
    }

    public static LoaConfig empty() {
        return new LoaConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> id != null && id.equals(u.id())).findFirst();
    }

    public Optional<MailList> list(String id) {
        return lists.stream().filter(l -> id != null && id.equals(l.id())).findFirst();
    }

    public Optional<Chat> chat(String id) {
        return chats.stream().filter(c -> id != null && id.equals(c.id())).findFirst();
    }
}
