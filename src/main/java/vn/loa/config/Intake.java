package vn.loa.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * How the inbox is read: a file must be unchanged for {@code stableMillis} before it is read (longer in the inbox
 * subfolders of {@code folders} that say so), and files larger than {@code maxBytes} are refused unread.
 *
 * @param folders per inbox subfolder (a unit id), settings that replace the defaults above
 */
public record Intake(Long stableMillis, Long maxBytes, Long pollMillis, Map<String, IntakeFolder> folders) {

    public Intake {
        stableMillis = stableMillis == null ? 1000L : stableMillis;
        maxBytes = maxBytes == null ? 2L * 1024 * 1024 : maxBytes;
        pollMillis = pollMillis == null ? 500L : pollMillis;
        folders = folders == null ? Map.of() : new TreeMap<>(folders);
    }

    public static Intake defaults() {
        return new Intake(null, null, null, null);
    }

    /** The stability window of each inbox subfolder that has its own (folders without one use the default). */
    public Map<String, Long> stableMillisByFolder() {
        Map<String, Long> out = new TreeMap<>();
        folders.forEach((folder, settings) -> {
            if (settings != null && settings.stableMillis() != null) {
                out.put(folder, settings.stableMillis());
            }
        });
        return out;
    }
}
