package vn.loa.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Trusted proxy ranges: IP literals and CIDR prefixes, v4 and v6, nothing that needs DNS. */
class IpRangeTest {

    static boolean contains(String range, String address) {
        return IpRange.parse(range).orElseThrow().contains(IpRange.address(address));
    }

    @Test
    void addressesAndPrefixes_matchWhatTheyCover() {
        assertThat(contains("10.0.0.0/8", "10.255.1.2")).isTrue();
        assertThat(contains("10.0.0.0/8", "11.0.0.1")).isFalse();
        assertThat(contains("192.168.1.0/25", "192.168.1.127")).isTrue();
        assertThat(contains("192.168.1.0/25", "192.168.1.128")).isFalse();
        assertThat(contains("127.0.0.1", "127.0.0.1")).isTrue();
        assertThat(contains("127.0.0.1", "127.0.0.2")).isFalse();
        assertThat(contains("2001:db8::/32", "2001:db8:1::1")).isTrue();
        assertThat(contains("::1", "0:0:0:0:0:0:0:1")).isTrue();
        assertThat(contains("0.0.0.0/0", "203.0.113.9")).isTrue();
        assertThat(contains("10.0.0.0/8", "::ffff:10.1.1.1")).isTrue();
        assertThat(contains("10.0.0.0/8", "2001:db8::1")).isFalse();
    }

    @Test
    void namesAndMalformedRanges_areRefused() {
        assertThat(IpRange.parse("proxy.example")).isEmpty();
        assertThat(IpRange.parse("localhost")).isEmpty();
        assertThat(IpRange.parse("10.0.0.0/33")).isEmpty();
        assertThat(IpRange.parse("10.0.0.0/x")).isEmpty();
        assertThat(IpRange.parse("10.0.0")).isEmpty();
        assertThat(IpRange.parse("")).isEmpty();
        assertThat(IpRange.parse(null)).isEmpty();
    }
}
