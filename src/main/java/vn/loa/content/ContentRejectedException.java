package vn.loa.content;

import java.util.List;
import java.util.stream.Collectors;

/** A content file that cannot be published, with every problem found in it. */
public class ContentRejectedException extends RuntimeException {

    private final String file;
    private final List<Problem> problems;

    public ContentRejectedException(String file, List<Problem> problems) {
        super(problems.stream().map(p -> p.format(file)).collect(Collectors.joining("\n")));
        this.file = file;
        this.problems = List.copyOf(problems);
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
}
