package vn.loa.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import vn.loa.delivery.DeliveryException;

/** The reading of Angus exceptions, built the way SMTPTransport builds them. */
class SmtpFailureTest {

    static final String SERVER = "smtp.loa.test:587";

    @Test
    void rcptRejectedWith550_isPermanentWithTheReplyOnOneLine() throws Exception {
        DeliveryException e = SmtpFailure.ofSend(rcptFailed(550, "550-5.1.1 no such user\n550 5.1.1 mailbox unavailable\n"),
                SERVER, "a@loa.test");

        assertThat(e.isPermanent()).isTrue();
        assertThat(e).hasMessage("smtp.loa.test:587 rejected the message to a@loa.test: "
                + "550-5.1.1 no such user 550 5.1.1 mailbox unavailable");
    }

    @Test
    void rcptDeferredWith452_isTemporary() throws Exception {
        DeliveryException e = SmtpFailure.ofSend(rcptFailed(452, "452 4.2.2 mailbox full\n"), SERVER, "a@loa.test");

        assertThat(e.isPermanent()).isFalse();
        assertThat(e).hasMessageContaining("452 4.2.2 mailbox full");
    }

    @Test
    void authenticationRequiredAtMailFrom_isTemporaryBecauseItIsAboutTheRelayLogin() {
        SMTPSendFailedException e = new SMTPSendFailedException("MAIL FROM:<bantin@loa.test>", 530,
                "530 5.7.0 Authentication required\n", null, null, null, null);

        assertThat(SmtpFailure.ofSend(e, SERVER, "a@loa.test").isPermanent()).isFalse();
    }

    @Test
    void endOfStreamOr421OrIoError_isAConnectionLost() {
        SMTPSendFailedException eof = new SMTPSendFailedException("MAIL FROM:<b@loa.test>", -1, "[EOF]", null, null, null, null);
        SMTPSendFailedException closing = new SMTPSendFailedException("MAIL FROM:<b@loa.test>", 421,
                "421 4.4.2 idle for too long, closing connection\n", null, null, null, null);
        MessagingException timeout = new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));

        assertThat(SmtpFailure.connectionLost(eof)).isTrue();
        assertThat(SmtpFailure.connectionLost(closing)).isTrue();
        assertThat(SmtpFailure.connectionLost(timeout)).isTrue();
        assertThat(SmtpFailure.ofSend(timeout, SERVER, "a@loa.test"))
                .satisfies(d -> assertThat(d.isPermanent()).isFalse())
                .hasMessageContaining("Read timed out").hasMessageContaining(SERVER);
    }

    @Test
    void rejectedRecipient_isNotAConnectionLost() throws Exception {
        assertThat(SmtpFailure.connectionLost(rcptFailed(550, "550 5.1.1 mailbox unavailable\n"))).isFalse();
        assertThat(SmtpFailure.connectionLost(new MessagingException("no recipients"))).isFalse();
        assertThat(SmtpFailure.connectionLost(new MessagingException("write", new IOException("Broken pipe")))).isTrue();
    }

    /** What SMTPTransport.rcptTo throws: SendFailedException("Invalid Addresses") with the RCPT reply next. */
    static SendFailedException rcptFailed(int code, String reply) throws Exception {
        InternetAddress address = new InternetAddress("a@loa.test");
        SMTPAddressFailedException rcpt = new SMTPAddressFailedException(address, "RCPT TO:<a@loa.test>", code, reply);
        return new SendFailedException("Invalid Addresses", rcpt, null, null, new InternetAddress[] {address});
    }
}
