package vn.loa.config;

import java.util.List;

/**
 * The HTTP server of {@code run}: where it listens, how much a request may send and for how long, and which reverse
 * proxies are believed about the client's address.
 *
 * @param host                 the address to listen on ({@code 0.0.0.0}: every interface)
 * @param maxBodyBytes         the largest request body (forms are small); more is answered 413
 * @param maxHeaderBytes       the largest request line and the largest block of headers; more is answered 414 or 431
 * @param maxFormFields        the most fields a form may send (Loa's forms have three)
 * @param idleTimeoutSeconds   a connection that sends and receives nothing this long is closed
 * @param headerTimeoutSeconds a connection must send a request's whole headers within this time, counted from when
 *                             it opened or its previous answer ended (slow "slowloris" clients are closed)
 * @param trustedProxies       IP addresses and CIDR ranges of the reverse proxies whose {@code X-Forwarded-For} is
 *                             believed; from any other peer the socket's address is the client's
 */
public record Http(Integer port, String host, Long maxBodyBytes, Integer maxHeaderBytes, Integer maxFormFields,
                   Integer idleTimeoutSeconds, Integer headerTimeoutSeconds, List<String> trustedProxies) {

    public Http {
        port = port == null ? 8080 : port;
        host = host == null || host.isBlank() ? "0.0.0.0" : host.strip();
        maxBodyBytes = maxBodyBytes == null ? 16_384L : maxBodyBytes;
        maxHeaderBytes = maxHeaderBytes == null ? 8192 : maxHeaderBytes;
        maxFormFields = maxFormFields == null ? 16 : maxFormFields;
        idleTimeoutSeconds = idleTimeoutSeconds == null ? 30 : idleTimeoutSeconds;
        headerTimeoutSeconds = headerTimeoutSeconds == null ? 10 : headerTimeoutSeconds;
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    public static Http defaults() {
        return new Http(null, null, null, null, null, null, null, null);
    }
}
