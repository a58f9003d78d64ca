package vn.loa.content;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.loa.i18n.Messages;

/** "Did you mean" hints and lists of known values for error messages. */
final class Suggestions {

    private static final int MAX_LISTED = 12;

    private Suggestions() {
    }

    /** The candidate closest to {@code value} when it is near enough to be a typo. */
    static Optional<String> closest(String value, Collection<String> candidates) {
        String wanted = fold(value);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(wanted, fold(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.min(3, Math.max(1, wanted.length() / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * What follows "unknown X 'v'": {@code ; có phải 'x'? (hiện có: a, b, c)}, {@code  (hiện có: a, b, c)}, or that
     * loa.yaml has none; with its own leading separator.
     */
    static String hint(String value, Collection<String> known) {
        if (known.isEmpty()) {
            return Messages.t("content.known.none");
        }
        String listed = known.stream().limit(MAX_LISTED).collect(Collectors.joining(", "))
                + (known.size() > MAX_LISTED ? ", …" : "");
        return closest(value, known).map(c -> Messages.t("content.known.suggest", c, listed))
                .orElse(Messages.t("content.known", listed));
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', '_').strip();
    }

    /** Optimal string alignment distance: Levenshtein plus swapped neighbours ({@code titel}). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
