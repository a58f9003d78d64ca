package vn.loa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.i18n.Messages;
import vn.loa.storage.Database;
import vn.loa.subscriber.AddressValidator;
import vn.loa.subscriber.Consent;
import vn.loa.subscriber.CsvExport;
import vn.loa.subscriber.CsvImport;
import vn.loa.subscriber.ImportReport;
import vn.loa.subscriber.InvalidAddressException;
import vn.loa.subscriber.MemberChange;
import vn.loa.subscriber.RowProblem;
import vn.loa.subscriber.SubscriberFileException;
import vn.loa.subscriber.SubscriberStatus;
import vn.loa.subscriber.Subscribers;

/** {@code loa subscribers import|export|add|remove}: manages the members of a list. */
@Command(name = "subscribers", mixinStandardHelpOptions = true,
        description = "Manage the members of a list: import a CSV file, export the list as CSV, add or remove one address.",
        subcommands = {SubscribersCommand.Import.class, SubscribersCommand.Export.class, SubscribersCommand.Add.class,
                SubscribersCommand.Remove.class})
final class SubscribersCommand implements Runnable {

    @ParentCommand
    LoaCommand loa;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.t("cli.subscribers.missing_subcommand"));
    }

    /** Runs {@code work} on the members of list {@code id}, with the database open. */
    <T> T withList(String id, ListWork<T> work) {
        LoaConfig config = loa.loadConfig();
        MailList list = config.list(id).orElseThrow(() -> new LoaCommand.UserError(config.lists().isEmpty()
                ? Messages.t("cli.subscribers.no_lists", id)
                : Messages.t("cli.subscribers.unknown_list", id,
                        String.join(", ", config.lists().stream().map(MailList::id).toList()))));
        try (Database db = Database.open(config.storage())) {
            return work.run(list, new Subscribers(db, Clock.systemUTC()));
        } catch (InvalidAddressException e) {
            throw new LoaCommand.UserError(e.getMessage());
        }
    }

    @FunctionalInterface
    interface ListWork<T> {
        T run(MailList list, Subscribers subscribers);
    }

    /** Who ran which command, as consent evidence. */
    static String evidence(String command) {
        return "loa subscribers " + command + ", run by " + System.getProperty("user.name", "unknown");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a CSV file (UTF-8, header row) into a list as confirmed members: the unit that "
                    + "sends the file attests their consent.",
                    "Columns: email (for a zalo list: user_id), optional name, every other column an attribute. "
                            + "Addresses that unsubscribed or bounced are never subscribed again.",
                    "Prints each row not imported as FILE:LINE: reason, then the counts. Exit 0 when the import ran, "
                            + "1 when the file is missing, not UTF-8 or has no email column."})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        SubscribersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LIST", description = "list id")
        String list;

        @Parameters(index = "1", paramLabel = "FILE.csv", description = "the subscriber file")
        Path file;

        @Override
        public Integer call() {
            ImportReport report = parent.withList(list, (mailList, subscribers) -> {
                try {
                    return new CsvImport(subscribers).run(mailList, file);
                } catch (SubscriberFileException e) {
                    throw new LoaCommand.UserError(e.getMessage());
                }
            });
            PrintWriter out = spec.commandLine().getOut();
            List<RowProblem> problems = new ArrayList<>(report.invalid());
            problems.addAll(report.duplicates());
            problems.addAll(report.notResubscribed());
            problems.sort(Comparator.comparingLong(RowProblem::line));
            problems.forEach(p -> out.println(file + ":" + p.line() + ": " + p.reason()));
            out.println(Messages.t("cli.subscribers.imported", file, list, report.added(), report.updated(),
                    report.unchanged(), report.invalid().size(), report.duplicates().size(), report.notResubscribed().size()));
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a list as CSV to standard output: email (user_id for a zalo list), name, status, "
                    + "the attributes, created_at. The import reads it back.")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        SubscribersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LIST", description = "list id")
        String list;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            parent.withList(list, (mailList, subscribers) -> new CsvExport(subscribers).write(mailList, out));
            out.flush();
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add one confirmed member. An address that unsubscribed is not added back (only the person "
                    + "can subscribe again, through the web form), unless an operator removed it.")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        SubscribersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LIST", description = "list id")
        String list;

        @Parameters(index = "1", paramLabel = "EMAIL", description = "the address (for a zalo list: the user id)")
        String address;

        @Option(names = "--name", paramLabel = "N", description = "the member's name")
        String name;

        @Override
        public Integer call() {
            String message = parent.withList(list, (mailList, subscribers) -> {
                MemberChange change = subscribers.add(mailList, address, name, Consent.cli(Consent.Action.ADD, evidence("add")));
                String stored = subscribers.find(mailList, address).orElseThrow().address();
                return switch (change) {
                    case ADDED -> Messages.t("cli.subscribers.added", stored, list);
                    case UPDATED -> Messages.t("cli.subscribers.updated", stored, list);
                    case UNCHANGED -> Messages.t("cli.subscribers.unchanged", stored, list);
                    case NOT_RESUBSCRIBED -> throw new LoaCommand.UserError(Messages.t("cli.subscribers.not_resubscribed",
                            stored, list));
                };
            });
            spec.commandLine().getOut().println(message);
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove one member: kept as unsubscribed, so that an import does not add it again.")
    static final class Remove implements Callable<Integer> {

        @ParentCommand
        SubscribersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LIST", description = "list id")
        String list;

        @Parameters(index = "1", paramLabel = "EMAIL", description = "the address (for a zalo list: the user id)")
        String address;

        @Override
        public Integer call() {
            String message = parent.withList(list, (mailList, subscribers) -> {
                var member = subscribers.find(mailList, address);
                if (member.isEmpty()) {
                    AddressValidator.check(mailList, address).orThrow(address);
                    throw new LoaCommand.UserError(Messages.t("cli.subscribers.not_member", address, list));
                }
                String stored = member.get().address();
                if (!subscribers.remove(mailList, address, Consent.cli(Consent.Action.REMOVE, evidence("remove")))) {
                    return Messages.t("cli.subscribers.already_removed", stored, list, SubscriberStatus.UNSUBSCRIBED.key());
                }
                return Messages.t("cli.subscribers.removed", stored, list);
            });
            spec.commandLine().getOut().println(message);
            return 0;
        }
    }
}
