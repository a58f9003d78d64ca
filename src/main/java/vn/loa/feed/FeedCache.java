package vn.loa.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/** Feed files held in memory with their validators, invalidated whenever a feed folder is rewritten. */
public final class FeedCache {

    /**
     * A served file: its bytes, the same bytes gzip-compressed once at load (for {@code Accept-Encoding: gzip}), a
     * strong ETag of the bytes and its modification time to the second (HTTP dates have no millis).
     */
    public record CachedFile(byte[] bytes, byte[] gzip, String etag, Instant lastModified) {

        /** The strong ETag of the gzip variant: a different representation of the same content needs its own tag. */
        public String gzipEtag() {
            return etag.substring(0, etag.length() - 1) + "-gz\"";
        }
    }

    private final Cache<Path, Optional<CachedFile>> files = Caffeine.newBuilder().maximumSize(10_000).build();

    public Optional<CachedFile> get(Path file) {
        return files.get(file.toAbsolutePath().normalize(), FeedCache::load);
    }

    public void invalidate(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        files.asMap().keySet().removeIf(path -> path.startsWith(normalized));
    }

    private static Optional<CachedFile> load(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
            return Optional.of(new CachedFile(bytes, gzip(bytes), etag(bytes), modified));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress in memory", e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
