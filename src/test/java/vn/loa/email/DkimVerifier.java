package vn.loa.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies an rsa-sha256, relaxed/relaxed DKIM signature of a raw message against a public key, as a receiver
 * would (RFC 6376 sections 3.4 and 3.7); independent of the signing library.
 */
final class DkimVerifier {

    private DkimVerifier() {
    }

    /** Asserts the signature is valid and answers its tags. */
    static Map<String, String> verify(String raw, PublicKey key) throws Exception {
        int split = raw.indexOf("\r\n\r\n");
        List<String[]> headers = headers(raw.substring(0, split + 2));
        String body = raw.substring(split + 4);

        String[] signature = headers.stream().filter(h -> h[0].equalsIgnoreCase("DKIM-Signature")).findFirst()
                .orElseThrow(() -> new AssertionError("no DKIM-Signature header"));
        Map<String, String> tags = tags(signature[1]);
        assertThat(tags).containsEntry("a", "rsa-sha256").containsEntry("c", "relaxed/relaxed");

        byte[] bodyHash = MessageDigest.getInstance("SHA-256").digest(relaxedBody(body).getBytes(StandardCharsets.UTF_8));
        assertThat(tags.get("bh")).as("body hash").isEqualTo(Base64.getEncoder().encodeToString(bodyHash));

        StringBuilder signed = new StringBuilder();
        List<String[]> unused = new ArrayList<>(headers);
        for (String name : tags.get("h").split(":")) {
            for (int i = unused.size() - 1; i >= 0; i--) {
                if (unused.get(i)[0].equalsIgnoreCase(name.strip())) {
                    signed.append(relaxedHeader(unused.get(i)[0], unused.get(i)[1])).append("\r\n");
                    unused.remove(i);
                    break;
                }
            }
        }
        String withoutB = signature[1].replaceAll("(^|;)(\\s*b\\s*=)[^;]*", "$1$2");
        signed.append(relaxedHeader("DKIM-Signature", withoutB));

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(signed.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(rsa.verify(Base64.getMimeDecoder().decode(tags.get("b")))).as("header signature").isTrue();
        return tags;
    }

    static Map<String, String> tags(String value) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String part : value.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                tags.put(part.substring(0, eq).strip(), part.substring(eq + 1).replaceAll("\\s+", ""));
            }
        }
        return tags;
    }

    /** Header fields as [name, raw value with its folding]. */
    private static List<String[]> headers(String head) {
        List<String[]> fields = new ArrayList<>();
        for (String line : head.split("\r\n")) {
            if (!fields.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                String[] last = fields.get(fields.size() - 1);
                last[1] = last[1] + "\r\n" + line;
            } else if (!line.isEmpty()) {
                int colon = line.indexOf(':');
                fields.add(new String[] {line.substring(0, colon), line.substring(colon + 1)});
            }
        }
        return fields;
    }

    private static String relaxedHeader(String name, String value) {
        return name.strip().toLowerCase() + ":" + value.replace("\r\n", "").replaceAll("[ \t]+", " ").strip();
    }

    private static String relaxedBody(String body) {
        List<String> lines = new ArrayList<>(List.of(body.split("\r\n", -1)));
        lines.replaceAll(line -> line.replaceAll("[ \t]+", " ").replaceAll(" $", ""));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines.isEmpty() ? "" : String.join("\r\n", lines) + "\r\n";
    }
}
