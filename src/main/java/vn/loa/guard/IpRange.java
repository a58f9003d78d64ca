package vn.loa.guard;

import io.netty.util.NetUtil;
import java.util.Optional;

/**
 * An IP address or a CIDR range ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, {@code 127.0.0.1}), parsed from
 * literals only: nothing is ever looked up in DNS.
 */
public record IpRange(byte[] network, int prefix) {

    /** The range {@code text} denotes; empty when it is not an IP literal with an optional {@code /prefix}. */
    public static Optional<IpRange> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        int slash = value.indexOf('/');
        byte[] address = address(slash < 0 ? value : value.substring(0, slash));
        if (address == null) {
            return Optional.empty();
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (prefix < 0 || prefix > bits) {
                return Optional.empty();
            }
        }
        return Optional.of(new IpRange(address, prefix));
    }

    /**
     * The bytes of an IP literal (4 for IPv4, 16 for IPv6; an IPv4-mapped IPv6 address counts as its IPv4 address),
     * or null when {@code text} is not one. Brackets around IPv6 are allowed.
     */
    public static byte[] address(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(value);
        if (bytes != null && bytes.length == 16 && isV4Mapped(bytes)) {
            return new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
        }
        return bytes;
    }

    private static boolean isV4Mapped(byte[] v6) {
        for (int i = 0; i < 10; i++) {
            if (v6[i] != 0) {
                return false;
            }
        }
        return v6[10] == (byte) 0xFF && v6[11] == (byte) 0xFF;
    }

    /** Whether the address (bytes as from {@link #address}) lies in this range. */
    public boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (address[full] & mask) == (network[full] & mask);
    }
}
