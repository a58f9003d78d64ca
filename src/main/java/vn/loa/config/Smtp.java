package vn.loa.config;

/**
 * The SMTP relay; an empty host sends every email to the outbox instead. {@code tls} is implicit TLS (port 465),
 * {@code starttls} upgrades a plain connection; {@code perSecond} 0 means no rate limit.
 */
public record Smtp(String host, Integer port, String username, String password, Boolean starttls,
                   Boolean tls, Integer perSecond, Integer connections, Integer timeoutSeconds, Dkim dkim) {

    public Smtp {
        port = port == null ? 587 : port;
        starttls = starttls == null ? Boolean.TRUE : starttls;
        tls = tls == null ? Boolean.FALSE : tls;
        perSecond = perSecond == null ? 50 : perSecond;
        connections = connections == null ? 4 : connections;
        timeoutSeconds = timeoutSeconds == null ? 30 : timeoutSeconds;
        dkim = dkim == null ? Dkim.none() : dkim;
    }

    public static Smtp none() {
        return new Smtp(null, null, null, null, null, null, null, null, null, null);
    }

    public boolean toOutbox() {
        return host == null || host.isBlank();
    }

    public boolean hasLogin() {
        return username != null && !username.isBlank();
    }

    @Override
    public String toString() {
        return "Smtp[" + host + ":" + port + "]";
    }
}
