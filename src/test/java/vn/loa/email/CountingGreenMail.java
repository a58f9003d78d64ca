package vn.loa.email;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** GreenMail that counts the SMTP connections it accepted (GreenMail itself does not expose the number). */
final class CountingGreenMail extends GreenMail {

    private final AtomicInteger sessions = new AtomicInteger();

    CountingGreenMail(ServerSetup setup) {
        super(setup);
    }

    int smtpSessions() {
        return sessions.get();
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(config, managers);
        AbstractServer smtp = services.get(ServerSetup.PROTOCOL_SMTP);
        services.put(ServerSetup.PROTOCOL_SMTP, new SmtpServer(smtp.getServerSetup(), managers) {
            @Override
            protected ProtocolHandler createProtocolHandler(Socket socket) {
                // called once per accepted connection; the field is read only then, after construction
                CountingGreenMail.this.sessions.incrementAndGet();
                return super.createProtocolHandler(socket);
            }
        });
        return services;
    }
}
