package vn.loa.web;

import io.vertx.core.http.HttpServerRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.HttpMessage;
import vn.loa.guard.IpRange;

/**
 * The address of the client that sent a request, the one every handler uses (the subscription endpoint records it
 * as evidence of consent). It is the socket's peer; only when that peer is one of {@code http.trusted_proxies} is
 * {@code X-Forwarded-For} believed, read from the right: the nearest address that is not itself a trusted proxy.
 * Anyone can send an {@code X-Forwarded-For} header, so from any other peer it is ignored. Only the real HTTP
 * header counts (Camel also puts query parameters into message headers).
 */
public final class ClientAddress {

    private final List<IpRange> trusted;

    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(p -> IpRange.parse(p).orElseThrow()).toList();
    }

    /** The client's IP address, or {@code unknown} outside an HTTP request. */
    public String of(Exchange exchange) {
        if (!(exchange.getIn() instanceof HttpMessage http) || http.getRequest().remoteAddress() == null) {
            return "unknown";
        }
        HttpServerRequest request = http.getRequest();
        return of(request.remoteAddress().hostAddress(), request.headers().getAll("X-Forwarded-For"));
    }

    /** The client's address given the socket's peer and the {@code X-Forwarded-For} header lines. */
    String of(String peer, List<String> forwardedFor) {
        byte[] peerAddress = IpRange.address(peer);
        if (peerAddress == null || !isTrusted(peerAddress)) {
            return canonical(peer, peerAddress);
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = canonical(peer, peerAddress);
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = withoutPort(hops.get(i));
            byte[] address = IpRange.address(hop);
            if (address == null) {
                break;
            }
            client = canonical(hop, address);
            if (!isTrusted(address)) {
                break;
            }
        }
        return client;
    }

    private boolean isTrusted(byte[] address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** {@code 203.0.113.7:4711} and {@code [2001:db8::1]:4711} without their ports; other values as they are. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(0, end + 1) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    private static String canonical(String text, byte[] address) {
        if (address == null) {
            return text;
        }
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            return text;
        }
    }
}
