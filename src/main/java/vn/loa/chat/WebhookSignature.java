package vn.loa.chat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks symmetric signature: {@code v1,<base64 HMAC-SHA256>} over {@code id.timestamp.body}.
 * A secret in the {@code whsec_<base64>} form (or bare base64) is decoded to the key, as the reference libraries
 * do; any other secret is used as its UTF-8 bytes.
 */
final class WebhookSignature {

    static final String PREFIX = "whsec_";

    private final byte[] key;

    WebhookSignature(String secret) {
        this.key = key(secret);
    }

    boolean hasKey() {
        return key.length > 0;
    }

    String sign(String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static byte[] key(String secret) {
        if (secret == null || secret.isBlank()) {
            return new byte[0];
        }
        String s = secret.strip();
        String encoded = s.startsWith(PREFIX) ? s.substring(PREFIX.length()) : s;
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException notBase64) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
    }
}
