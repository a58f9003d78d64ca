package vn.loa.email;

import jakarta.mail.Session;
import java.util.Properties;
import vn.loa.config.Smtp;

/** The Angus Mail session for an SMTP relay: TLS, login, timeouts and UTF-8, from the {@code smtp} settings. */
final class SmtpSettings {

    private SmtpSettings() {
    }

    static Session session(Smtp smtp) {
        return Session.getInstance(properties(smtp));
    }

    static Properties properties(Smtp smtp) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", String.valueOf(smtp.port()));
        p.put("mail.mime.charset", "UTF-8");
        // Messages go out 7-bit (quoted-printable) exactly as prepared, signed or not: the same bytes on every
        // attempt, no re-encoding per message, and a relay that downgrades 8-bit content cannot break a DKIM
        // signature (RFC 6376 section 5.3).
        p.put("mail.smtp.allow8bitmime", "false");

        String millis = String.valueOf(Math.max(1, smtp.timeoutSeconds()) * 1000);
        p.put("mail.smtp.connectiontimeout", millis);
        p.put("mail.smtp.timeout", millis);
        p.put("mail.smtp.writetimeout", millis);
        // Do not wait for the reply to QUIT: a dropped connection would otherwise hold close() for a full timeout.
        p.put("mail.smtp.quitwait", "false");

        if (smtp.tls()) {
            p.put("mail.smtp.ssl.enable", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        } else {
            p.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
            p.put("mail.smtp.socketFactory.fallback", "false");
            if (smtp.starttls()) {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        p.put("mail.smtp.auth", String.valueOf(smtp.hasLogin()));
        return p;
    }
}
