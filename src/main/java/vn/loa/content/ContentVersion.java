package vn.loa.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The version of a content item: equal versions mean the same text delivered to the same units. */
final class ContentVersion {

    private ContentVersion() {
    }

    /** Lower-case hex SHA-256 of the normalized text, a newline, and the sorted units joined by commas. */
    static String of(String normalizedText, List<String> units) {
        String input = normalizedText + "\n" + String.join(",", units.stream().sorted().toList());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
