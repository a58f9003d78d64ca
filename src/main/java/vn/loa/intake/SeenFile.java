package vn.loa.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

/**
 * An inbox file as intake saw it when it read it: size, modification time and, once read, its bytes. A slow copy
 * (a network share, a sync client) can pause longer than the stability window and go on writing after Loa has read
 * the file; {@link #changed} tells so before the file is archived or removed, so that it stays in the inbox and its
 * final content is read again as the next version instead of being lost.
 *
 * @param bytes what was read, or null when the file was refused unread (too large, not regular, quarantined)
 */
public record SeenFile(Path file, long size, FileTime modified, byte[] bytes) {

    /** The file's size and time now, before it is read; a file that is gone or unreadable has size -1. */
    public static SeenFile before(Path file) {
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new SeenFile(file, now.size(), now.lastModifiedTime(), null);
        } catch (IOException e) {
            return new SeenFile(file, -1, FileTime.fromMillis(0), null);
        }
    }

    /** The same file, read: {@code bytes} is what was parsed (and published, stored or rejected). */
    public SeenFile read(byte[] read) {
        return new SeenFile(file, read.length, modified, read);
    }

    /**
     * Whether the file now differs from what was seen: another size or modification time, or other bytes. A file
     * that is gone has nothing left to lose and counts as unchanged.
     */
    public boolean changed() {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + file + " again: " + e.getMessage(), e);
        }
        if (now.size() != size || !now.lastModifiedTime().equals(modified)) {
            return true;
        }
        if (bytes == null) {
            return false;
        }
        try {
            return !Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " again: " + e.getMessage(), e);
        }
    }
}
