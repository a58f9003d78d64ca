package vn.loa.config;

/** The HTTP server of {@code run}. */
public record Http(Integer port) {

    public Http {
        port = port == null ? 8080 : port;
    }

    public static Http defaults() {
        return new Http(null);
    }
}
