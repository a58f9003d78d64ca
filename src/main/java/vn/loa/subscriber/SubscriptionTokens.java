package vn.loa.subscriber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.loa.guard.PrivateFiles;

/**
 * Signed tokens for confirm and unsubscribe links: {@code payload.mac}, HMAC-SHA256 over the purpose, list,
 * address and expiry with the secret of {@code LOA_SECRET} (or one generated into {@code data/secret} on first
 * run), verified in constant time before anything else is looked at.
 */
public final class SubscriptionTokens {

    /** What a token may be used for; a confirm token cannot unsubscribe and the other way round. */
    public enum Purpose { CONFIRM, UNSUBSCRIBE }

    /** A verified token's content. */
    public record Claim(Purpose purpose, String listId, String address) {
    }

    public static final Duration CONFIRM_VALIDITY = Duration.ofDays(7);

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] secret;
    private final Clock clock;

    public SubscriptionTokens(byte[] secret, Clock clock) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the token secret must have at least 16 bytes");
        }
        this.secret = secret.clone();
        this.clock = clock;
    }

    /** The secret from {@code LOA_SECRET}, else from {@code DATA/secret}, created with owner-only access when missing. */
    public static byte[] loadSecret(String fromEnvironment, Path dataDir) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip().getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve("secret");
        try {
            if (!Files.exists(file)) {
                PrivateFiles.folder(dataDir);
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Path temp = Files.createTempFile(dataDir, ".secret", ".tmp");
                Files.writeString(temp, HexFormat.of().formatHex(random));
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: the folder's own protection applies
                }
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            PrivateFiles.ownerOnly(file);
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the token secret " + file, e);
        }
    }

    public String confirm(String listId, String address) {
        return issue(Purpose.CONFIRM, listId, address, clock.instant().plus(CONFIRM_VALIDITY).getEpochSecond());
    }

    /** Unsubscribe tokens do not expire: links in old emails keep working. */
    public String unsubscribe(String listId, String address) {
        return issue(Purpose.UNSUBSCRIBE, listId, address, 0);
    }

    private String issue(Purpose purpose, String listId, String address, long expires) {
        String payload = purpose.name().charAt(0) + "\n" + listId + "\n" + address + "\n" + expires;
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
    }

    /** The claim of a genuine, unexpired token for {@code purpose}; empty for anything else. */
    public Optional<Claim> verify(String token, Purpose purpose) {
        if (token == null || token.length() > 2000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] given;
        try {
            payload = B64D.decode(token.substring(0, dot));
            given = B64D.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // only the canonical encoding is accepted: a changed padding bit is a changed token
        boolean canonical = B64.encodeToString(payload).equals(token.substring(0, dot))
                & B64.encodeToString(given).equals(token.substring(dot + 1));
        if (!MessageDigest.isEqual(mac(payload), given) | !canonical) {
            return Optional.empty();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
        if (parts.length != 4 || parts[0].charAt(0) != purpose.name().charAt(0)) {
            return Optional.empty();
        }
        long expires = Long.parseLong(parts[3]);
        if (expires != 0 && Instant.ofEpochSecond(expires).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new Claim(purpose, parts[1], parts[2]));
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update("loa-token-v1\n".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
