package vn.loa.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the editable parts of Loa ({@code routes/}, {@code templates/}) are read from: the working directory first
 * (a clone, or an install whose operator copied them there to edit), then the install folder that {@code bin/loa}
 * names in {@code -Dloa.home}; the copies inside the jar are the last resort.
 */
public final class InstallFolder {

    private InstallFolder() {
    }

    /** The folder {@code name} of the working directory, else of {@code loa.home}, if it exists. */
    public static Optional<Path> find(String name) {
        Path local = Path.of(name);
        if (Files.isDirectory(local)) {
            return Optional.of(local.toAbsolutePath());
        }
        String home = System.getProperty("loa.home");
        if (home != null && !home.isBlank()) {
            Path installed = Path.of(home, name);
            if (Files.isDirectory(installed)) {
                return Optional.of(installed.toAbsolutePath());
            }
        }
        return Optional.empty();
    }
}
