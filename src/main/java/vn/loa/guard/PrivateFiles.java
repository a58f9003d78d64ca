package vn.loa.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files only their owner may read: the data folder (0700), the database with its {@code -wal} and {@code -shm}
 * journals and the token secret (0600). On a file system without POSIX permissions (Windows) the folder's own
 * protection applies and nothing is changed; a file Loa may not change (another owner) is left as it is, said once
 * in the log.
 */
public final class PrivateFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates {@code folder} (and its parents) if missing, and makes it its owner's only. */
    public static Path folder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        restrict(folder, FOLDER);
        return folder;
    }

    /** Creates {@code file} empty and its owner's only if it does not exist yet (before anything writes to it). */
    public static Path create(Path file) {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (FileAlreadyExistsException e) {
            // there already: restricted below
        } catch (UnsupportedOperationException e) {
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        }
        return ownerOnly(file);
    }

    /** Makes an existing file its owner's only; a file that does not exist is left alone. */
    public static Path ownerOnly(Path file) {
        if (Files.exists(file)) {
            restrict(file, FILE);
        }
        return file;
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        } catch (IOException e) {
            LOG.warn("cannot make {} readable by its owner only: {}", path, e.getMessage());
        }
    }
}
