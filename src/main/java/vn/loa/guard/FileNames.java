package vn.loa.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.util.HexFormat;

/**
 * File names within the file system's limit of {@value #NAME_MAX} bytes (UTF-8) per name, for the copies Loa makes
 * of a file under names derived from its own ({@code tin-2.md}, {@code tin.md.error.txt}, temp files). A name too
 * long for what is added to it is cut at a character boundary and gets {@code ~} and 8 hex digits of the SHA-256 of
 * the whole name, so the same name is always shortened the same way and two long names that differ only at their
 * ends stay apart.
 */
public final class FileNames {

    /** Bytes in one file name on Linux, macOS and Windows file systems (NAME_MAX). */
    public static final int NAME_MAX = 255;

    private static final int HASH_HEX = 8;
    private static final int MAX_EXTENSION = 10;

    private FileNames() {
    }

    public static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * {@code name} with {@code tag} (say {@code -2}, or "") before its extension, in at most {@code NAME_MAX - reserve}
     * bytes, {@code reserve} being what will be appended to the result later (say {@code .error.txt}).
     */
    public static String fit(String name, String tag, int reserve) {
        int budget = NAME_MAX - reserve;
        int dot = name.lastIndexOf('.');
        boolean hasExtension = dot > 0 && name.length() - dot <= MAX_EXTENSION;
        String stem = hasExtension ? name.substring(0, dot) : name;
        String extension = hasExtension ? name.substring(dot) : "";
        String whole = stem + tag + extension;
        if (bytes(whole) <= budget) {
            return whole;
        }
        String suffix = "~" + hash(name) + tag + extension;
        return cut(stem, budget - bytes(suffix)) + suffix;
    }

    /** The longest start of {@code text} in at most {@code maxBytes} UTF-8 bytes that ends between two characters. */
    public static String cut(String text, int maxBytes) {
        if (bytes(text) <= maxBytes) {
            return text;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int end = 0;
        int used = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            int more = bytes(text.substring(end, next));
            if (used + more > maxBytes) {
                break;
            }
            used += more;
            end = next;
        }
        return text.substring(0, end);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
