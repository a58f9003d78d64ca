package vn.loa.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EmailTemplateTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    // longer than a quoted-printable line, with an '=' that must be encoded in the body
    private static final String TOKEN = "eyJsIjoibGFuaC1kYW8iLCJhIjoiYW5oLm5ndXllbkBsb2EudGVzdCJ9.ab_cd-ef"
            + "0123456789abcdefghijklmnopqrstuvwxyzABCDEF=";

    @Test
    void filledTemplate_isAWellFormedMessageWithTheMembersValuesEverywhere() throws Exception {
        EmailTemplate template = template();

        byte[] bytes = template.fill("anh.nguyen@loa.test", "<7.tin-a@loa.test>", TOKEN);

        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
        assertThat(message.getRecipients(MimeMessage.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("anh.nguyen@loa.test");
        assertThat(message.getMessageID()).isEqualTo("<7.tin-a@loa.test>");
        assertThat(message.getSubject()).isEqualTo("Hướng dẫn đo lường sự hài lòng năm 2026");
        assertThat(message.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://loa.test/unsubscribe?token=" + TOKEN + ">");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(text).isEqualTo(text(TOKEN).replace("\n", "\r\n"));
        assertThat(html).isEqualTo(html(TOKEN).replace("\n", "\r\n"));
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
    }

    @Test
    void filledBody_keepsEveryLineWithinTheQuotedPrintableLimitAnd7Bit() throws Exception {
        byte[] bytes = template().fill("anh.nguyen@loa.test", "<7.tin-a@loa.test>", TOKEN);

        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        String body = raw.substring(raw.indexOf("\r\n\r\n"));
        assertThat(body.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
        assertThat(raw.chars()).allMatch(c -> c < 128);
    }

    @Test
    void twoMembers_differOnlyInTheirOwnValues() throws Exception {
        EmailTemplate template = template();

        String first = new String(template.fill("a@loa.test", "<1.tin@loa.test>", "tokA"), StandardCharsets.US_ASCII);
        String second = new String(template.fill("b@loa.test", "<2.tin@loa.test>", "tokB"), StandardCharsets.US_ASCII);

        assertThat(first).contains("To: a@loa.test", "<1.tin@loa.test>", "token=tokA", "tokA=\r\n")
                .doesNotContain("b@loa.test", "tokB", EmailTemplate.RECIPIENT, EmailTemplate.TOKEN, "LoaSlot");
        assertThat(second.replace("b@loa.test", "a@loa.test").replace("<2.tin", "<1.tin").replace("tokB", "tokA"))
                .isEqualTo(first);
    }

    private static EmailTemplate template() throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress("bantin@loa.test", "Bản tin CCHC", "UTF-8"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(EmailTemplate.RECIPIENT));
        message.setSubject("Hướng dẫn đo lường sự hài lòng năm 2026", "UTF-8");
        message.setHeader("List-Unsubscribe", "<https://loa.test/unsubscribe?token=" + EmailTemplate.TOKEN + ">");
        return EmailTemplate.of(message, text(EmailTemplate.TOKEN), html(EmailTemplate.TOKEN));
    }

    private static String text(String token) {
        return "Bộ Nội vụ hướng dẫn các bộ, ngành, địa phương triển khai đo lường sự hài lòng của người dân, tổ chức"
                + " đối với sự phục vụ của cơ quan hành chính nhà nước năm 2026. \n\nHủy đăng ký: https://loa.test/unsubscribe?token="
                + token + " \n";
    }

    private static String html(String token) {
        return "<p>Bộ Nội vụ hướng dẫn đo lường sự hài lòng năm 2026.</p><p><a href=\"https://loa.test/unsubscribe?token&#61;"
                + token + "\">Hủy đăng ký</a> (" + token + ")</p>\n";
    }
}
