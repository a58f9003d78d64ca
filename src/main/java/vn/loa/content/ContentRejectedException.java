package vn.loa.content;

import java.util.List;
import java.util.stream.Collectors;
import vn.loa.encoding.LegacyEncoding;

/** A content file that cannot be published, with every problem found in it. */
public class ContentRejectedException extends RuntimeException {

    private final String file;
    private final List<Problem> problems;
    private final LegacyEncoding convertedFrom;

    public ContentRejectedException(String file, List<Problem> problems) {
        this(file, problems, null);
    }

    /** With the legacy encoding the file was converted from before these problems were found, or null. */
    public ContentRejectedException(String file, List<Problem> problems, LegacyEncoding convertedFrom) {
        super(problems.stream().map(p -> p.format(file)).collect(Collectors.joining("\n")));
        this.file = file;
        this.problems = List.copyOf(problems);
        this.convertedFrom = convertedFrom;
    }

    public ContentRejectedException(String file, Problem problem) {
        this(file, List.of(problem));
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The legacy encoding the file was converted from, or null when it is UTF-8 (or could not be read). */
    public LegacyEncoding convertedFrom() {
        return convertedFrom;
    }
}
