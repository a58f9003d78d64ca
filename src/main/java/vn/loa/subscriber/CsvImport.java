package vn.loa.subscriber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.loa.config.MailList;
import vn.loa.i18n.Messages;

/**
 * Imports a subscriber file into a list as confirmed members (the unit that sends the file attests their
 * consent), with a consent row per address ({@code FILE line N}). The file is read twice, streaming: once to
 * check its encoding, CSV syntax and header, then to import in transactions of {@value #CHUNK} rows. An
 * address that unsubscribed or bounced is never subscribed again.
 */
public final class CsvImport {

    static final int CHUNK = 500;

    private final Subscribers subscribers;

    public CsvImport(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    public ImportReport run(MailList list, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SubscriberFileException(file + ": " + Messages.t("subscribers.file.missing"));
        }
        SubscriberColumns columns = check(list, file);
        Tally tally = new Tally(list, file.getFileName().toString());
        try (CSVParser parser = SubscriberCsv.open(file)) {
            Iterator<CSVRecord> records = parser.iterator();
            records.next();
            Map<String, Long> seen = new HashMap<>();
            List<SubscriberColumns.Member> chunk = new ArrayList<>(CHUNK);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                SubscriberColumns.Member member = columns.read(record, SubscriberCsv.startLine(parser, record), seen, tally);
                if (member != null) {
                    chunk.add(member);
                    if (chunk.size() == CHUNK) {
                        tally.save(chunk);
                        chunk.clear();
                    }
                }
            }
            tally.save(chunk);
        } catch (IOException | UncheckedIOException e) {
            throw new SubscriberFileException(file + ": " + Messages.t("subscribers.file.reread", e.getMessage()));
        }
        return tally.report();
    }

    /** Reads the whole file once, so that a bad byte or quote near its end stops the import before it starts. */
    private static SubscriberColumns check(MailList list, Path file) {
        CSVParser parser = null;
        try {
            long bad = SubscriberCsv.firstNonUtf8Line(file);
            if (bad > 0) {
                throw new SubscriberFileException(file + ":" + bad + ": " + Messages.t("subscribers.file.not_utf8"));
            }
            parser = SubscriberCsv.open(file);
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new SubscriberFileException(file + ": " + Messages.t("subscribers.file.empty",
                        SubscriberColumns.idColumns(list).get(0)));
            }
            SubscriberColumns columns = SubscriberColumns.of(list, file, records.next());
            while (records.hasNext()) {
                records.next();
            }
            return columns;
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            long line = parser == null ? 1 : parser.getCurrentLineNumber() + 1;
            throw new SubscriberFileException(file + ":" + line + ": " + Messages.t("subscribers.file.not_csv", cause.getMessage()));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // read only
                }
            }
        }
    }

    /** The counts and problems of one import, and the saving of its members. */
    private final class Tally implements SubscriberColumns.Problems {
        private final MailList list;
        private final String fileName;
        private int added;
        private int updated;
        private int unchanged;
        private final List<RowProblem> invalid = new ArrayList<>();
        private final List<RowProblem> duplicates = new ArrayList<>();
        private final List<RowProblem> notResubscribed = new ArrayList<>();

        Tally(MailList list, String fileName) {
            this.list = list;
            this.fileName = fileName;
        }

        @Override
        public void invalid(long line, String value, String reason) {
            invalid.add(new RowProblem(line, value, reason));
        }

        @Override
        public void duplicate(long line, String value, String reason) {
            duplicates.add(new RowProblem(line, value, reason));
        }

        @Override
        public void notResubscribed(long line, String value, String reason) {
            notResubscribed.add(new RowProblem(line, value, reason));
        }

        void save(List<SubscriberColumns.Member> members) {
            if (members.isEmpty()) {
                return;
            }
            List<RowProblem> ended = new ArrayList<>();
            int[] counts = subscribers.inTransaction(c -> {
                int[] n = new int[3];
                for (SubscriberColumns.Member m : members) {
                    MemberChange change = subscribers.upsertConfirmed(c, list.id(), m.address(), m.name(), m.attributes(),
                            Consent.imported(fileName, m.line()), false);
                    switch (change) {
                        case ADDED -> n[0]++;
                        case UPDATED -> n[1]++;
                        case UNCHANGED -> n[2]++;
                        case NOT_RESUBSCRIBED -> ended.add(new RowProblem(m.line(), m.address(), endedReason(c, m.address())));
                    }
                }
                return n;
            });
            added += counts[0];
            updated += counts[1];
            unchanged += counts[2];
            notResubscribed.addAll(ended);
        }

        private String endedReason(Connection c, String address) throws SQLException {
            String status = subscribers.find(c, list.id(), address).map(s -> s.status().key()).orElse("ended");
            return Messages.t("subscribers.row.ended", address, status);
        }

        ImportReport report() {
            List<RowProblem> ended = new ArrayList<>(notResubscribed);
            ended.sort(Comparator.comparingLong(RowProblem::line));
            return new ImportReport(added, updated, unchanged, invalid, duplicates, ended);
        }
    }
}
