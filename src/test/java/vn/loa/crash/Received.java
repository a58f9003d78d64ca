package vn.loa.crash;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** What an SMTP sink received: one entry per message, with its recipient, Message-ID and the delivery id in it. */
record Received(String recipient, String messageId, long deliveryId) {

    static List<Received> of(GreenMail... servers) {
        List<Received> all = new ArrayList<>();
        for (GreenMail server : servers) {
            for (MimeMessage m : server.getReceivedMessages()) {
                all.add(of(m));
            }
        }
        return all;
    }

    /** What the servers of {@code managers} received: they keep it after {@link GreenMail#stop()}, which replaces them. */
    static List<Received> of(Managers... managers) {
        List<Received> all = new ArrayList<>();
        for (Managers m : managers) {
            for (StoredMessage stored : m.getImapHostManager().getAllMessages()) {
                all.add(of(stored.getMimeMessage()));
            }
        }
        return all;
    }

    static Received of(MimeMessage m) {
        try {
            String id = m.getMessageID();
            String to = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
            // Loa's Message-ID: <DELIVERYID.CONTENTID@host>
            long delivery = Long.parseLong(id.substring(1, id.indexOf('.')));
            return new Received(to, id, delivery);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
