package vn.loa.config;

/**
 * The mailbox that receives delivery status notifications (bounces), read over IMAP when {@code host} is set.
 * After {@code hardLimit} hard bounces an address is marked {@code bounced}.
 */
public record Bounces(String host, Integer port, String username, String password, Boolean tls, String folder,
                      Integer hardLimit, Integer pollSeconds) {

    public Bounces {
        tls = tls == null ? Boolean.TRUE : tls;
        port = port == null ? (tls ? 993 : 143) : port;
        folder = folder == null || folder.isBlank() ? "INBOX" : folder;
        hardLimit = hardLimit == null ? 1 : hardLimit;
        pollSeconds = pollSeconds == null ? 60 : pollSeconds;
    }

    public static Bounces none() {
        return new Bounces(null, null, null, null, null, null, null, null);
    }

    public boolean enabled() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "Bounces[" + host + ":" + port + "]";
    }
}
