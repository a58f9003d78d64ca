package vn.loa.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimException;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import vn.loa.config.ConfigException;
import vn.loa.config.Dkim;

/**
 * Signs outgoing messages with DKIM (RSA-SHA256, relaxed/relaxed) for {@code smtp.dkim}: From, To, Subject, Date,
 * Message-ID, the List-* headers including List-Unsubscribe-Post (RFC 8058 wants it signed) and the MIME headers.
 * The key file is PKCS#8, DER or PEM.
 */
final class DkimSigning {

    private final DkimSigner signer;

    DkimSigning(Dkim dkim) {
        RSAPrivateKey key = readKey(Path.of(dkim.keyFile()));
        try {
            signer = new DkimSigner(dkim.domain().strip(), dkim.selector().strip(), key);
        } catch (DkimException e) {
            throw new ConfigException("smtp.dkim.domain: " + e.getMessage());
        }
        signer.setHeaderCanonicalization(Canonicalization.RELAXED);
        signer.setBodyCanonicalization(Canonicalization.RELAXED);
        // The signer would otherwise look up the public key in DNS before every message.
        signer.setCheckDomainKey(false);
        signer.addHeaderToSign("List-Unsubscribe-Post");
    }

    /**
     * The message as signed bytes, DKIM-Signature first. Signing happens here, before any connection is touched;
     * the signer keeps one Signature and MessageDigest, hence the lock.
     */
    byte[] sign(Session session, byte[] message) throws MessagingException, IOException {
        return sign(new MimeMessage(session, new ByteArrayInputStream(message)));
    }

    synchronized byte[] sign(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DkimMessage(message, signer).writeTo(bytes);
        return bytes.toByteArray();
    }

    static RSAPrivateKey readKey(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException("smtp.dkim.key_file: cannot read " + file + ": " + e);
        }
        byte[] der = content;
        String text = new String(content, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN")) {
            if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
                throw new ConfigException("smtp.dkim.key_file: " + file + " is not an unencrypted PKCS#8 key;"
                        + " convert it with: openssl pkcs8 -topk8 -nocrypt -in " + file + " -out dkim.pem");
            }
            String body = text.substring(text.indexOf("-----BEGIN PRIVATE KEY-----") + 27);
            int end = body.indexOf("-----END");
            try {
                der = Base64.getMimeDecoder().decode(end < 0 ? body : body.substring(0, end));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("smtp.dkim.key_file: " + file + " has bad base64: " + e.getMessage());
            }
        }
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new ConfigException("smtp.dkim.key_file: " + file + " is not an RSA private key in PKCS#8"
                    + " (DER or PEM): " + e.getMessage());
        }
    }
}
