package vn.loa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.loa.config.LoaConfig;
import vn.loa.encoding.Detection;
import vn.loa.encoding.EncodingDetector;
import vn.loa.encoding.LegacyEncoding;
import vn.loa.encoding.Score;
import vn.loa.i18n.Messages;
import vn.loa.storage.AtomicFiles;

/**
 * {@code loa convert FILE…}: rewrites files in a legacy Vietnamese encoding as UTF-8 (NFC, line endings kept), beside
 * the original unless told otherwise; prints what it found in each file.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert files (or folders of content files) written in a legacy Vietnamese encoding "
                + "(TCVN3/ABC, VNI-Windows, Windows-1258) to UTF-8, NFC, and print the encoding found in each. "
                + "The original is never overwritten without --in-place: the result is NAME.utf8.EXT beside it, or "
                + "NAME in --to DIR; an existing file there is not replaced. A file already in UTF-8 is left alone. "
                + "Needs no loa.yaml. Exit 1 when any file could not be told or written.")
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    LoaCommand loa;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, or folders of .md/.html files")
    List<Path> files;

    @ArgGroup(exclusive = true)
    Target target = new Target();

    @Option(names = "--from", paramLabel = "ENCODING",
            description = "read every file in this encoding instead of telling it: tcvn3, vni or cp1258")
    String from;

    /** Where the converted text goes: beside the original (default), into a folder, or over the original. */
    static final class Target {
        @Option(names = "--to", paramLabel = "DIR", description = "write NAME into DIR (created if missing)")
        Path folder;

        @Option(names = "--in-place", description = "replace each original with its UTF-8 text")
        boolean inPlace;
    }

    private enum Outcome { CONVERTED, UTF8, FAILED }

    @Override
    public Integer call() throws IOException {
        LoaConfig config = loa.loadConfigIfPresent();
        Messages m = Messages.current();
        if (from != null && LegacyEncoding.named(from).isEmpty()) {
            throw new LoaCommand.UserError(m.get("encoding.convert.from", from, LegacyEncoding.keys()));
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Path> all = CheckCommand.expand(files);
        int converted = 0;
        int utf8 = 0;
        for (Path file : all) {
            switch (convert(file, config, m, out)) {
                case CONVERTED -> converted++;
                case UTF8 -> utf8++;
                case FAILED -> { }
            }
        }
        int failed = all.size() - converted - utf8;
        out.println(m.get("encoding.convert.summary", all.size(), converted, utf8, failed));
        out.flush();
        return failed == 0 ? 0 : LoaCommand.USER_ERROR;
    }

    private Outcome convert(Path file, LoaConfig config, Messages m, PrintWriter out) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            out.println(m.get("encoding.convert.unreadable", file, m.get("encoding.convert.not-a-file")));
            return Outcome.FAILED;
        }
        byte[] bytes = Files.readAllBytes(file);
        String unreadable = unreadable(bytes, m);
        if (unreadable != null) {
            out.println(m.get("encoding.convert.unreadable", file, unreadable));
            return Outcome.FAILED;
        }
        if (EncodingDetector.isUtf8(bytes)) {
            out.println(m.get("encoding.convert.utf8", file));
            return Outcome.UTF8;
        }
        Detection detection = from == null ? EncodingDetector.detect(bytes) : EncodingDetector.decodeAs(bytes, from);
        if (!detection.converted()) {
            out.println(m.get("encoding.convert.unsure", file, detection.reason()));
            return Outcome.FAILED;
        }
        Path written = targetOf(file);
        if (target.inPlace && inArchive(file, config)) {
            out.println(m.get("encoding.convert.archive", file, config.paths().contentDir()));
            return Outcome.FAILED;
        }
        if (!target.inPlace && sameFile(written, file)) {
            out.println(m.get("encoding.convert.original", file));
            return Outcome.FAILED;
        }
        if (!target.inPlace && Files.exists(written, LinkOption.NOFOLLOW_LINKS)) {
            out.println(m.get("encoding.convert.exists", file, written));
            return Outcome.FAILED;
        }
        if (written.toAbsolutePath().getParent() != null) {
            Files.createDirectories(written.toAbsolutePath().getParent());
        }
        AtomicFiles.write(written, detection.text());
        Score score = detection.best();
        out.println(m.get(from == null ? "encoding.convert.converted" : "encoding.convert.forced", file,
                detection.encoding().label(), score.valid(), score.words(), written));
        if (from != null && score.plausibility() < EncodingDetector.MIN_PLAUSIBILITY) {
            out.println(m.get("encoding.convert.implausible", file, detection.encoding().label(),
                    Math.round(100 * score.plausibility())));
        }
        return Outcome.CONVERTED;
    }

    /** Why the bytes are no text to convert (UTF-16, binary), or null. */
    private static String unreadable(byte[] bytes, Messages m) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return m.get("encoding.convert.utf16");
        }
        for (byte b : bytes) {
            if (b == 0) {
                return m.get("encoding.convert.binary");
            }
        }
        return null;
    }

    /** {@code tin.md} → {@code tin.utf8.md} beside it, {@code DIR/tin.md} with --to, the file itself with --in-place. */
    private Path targetOf(Path file) {
        if (target.inPlace) {
            return file;
        }
        String name = file.getFileName().toString();
        if (target.folder != null) {
            return target.folder.resolve(name);
        }
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(dot > 0 ? name.substring(0, dot) + ".utf8" + name.substring(dot) : name + ".utf8");
    }

    /** Loa's own copies of what it received: published/, rejected/ and scheduled/ are kept as they came. */
    private static boolean inArchive(Path file, LoaConfig config) {
        if (config == null) {
            return false;
        }
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(config.paths().published()) || absolute.startsWith(config.paths().rejected())
                || absolute.startsWith(config.paths().scheduled());
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
