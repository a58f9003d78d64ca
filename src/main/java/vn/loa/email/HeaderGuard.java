package vn.loa.email;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Enumeration;

/**
 * Refuses a message whose header values carry a line break that is not folding (CRLF followed by a space or
 * tab) or another control character: such a value written out starts a header of its own, e.g. a Bcc
 * (header injection; see CVE-2017-9801, jakartaee/mail-api#222).
 */
final class HeaderGuard {

    private HeaderGuard() {
    }

    /** The name of the first unsafe header, or null when every header is safe. */
    static String unsafeHeader(MimeMessage message) throws MessagingException {
        for (Enumeration<Header> headers = message.getAllHeaders(); headers.hasMoreElements(); ) {
            Header header = headers.nextElement();
            if (!safe(header.getName()) || !safe(header.getValue())) {
                return header.getName();
            }
        }
        return null;
    }

    static boolean safe(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
                    return false;
                }
                int last = c == '\r' ? i + 1 : i;
                boolean folded = last + 1 < value.length()
                        && (value.charAt(last + 1) == ' ' || value.charAt(last + 1) == '\t');
                if (!folded) {
                    return false;
                }
                i = last;
            } else if (c != '\t' && (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                    || c == '\u2028' || c == '\u2029')) {
                return false;
            }
        }
        return true;
    }
}
