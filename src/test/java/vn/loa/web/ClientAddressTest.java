package vn.loa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed only from trusted proxies, read from the right, and never looked up in DNS. */
class ClientAddressTest {

    final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "2001:db8::/32"));

    @Test
    void anUntrustedPeer_isTheClient_whateverItForwards() {
        assertThat(behindProxies.of("198.51.100.4", List.of("203.0.113.9"))).isEqualTo("198.51.100.4");
        assertThat(new ClientAddress(List.of()).of("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aTrustedPeer_givesTheNearestHopThatIsNotAProxy() {
        assertThat(behindProxies.of("10.0.0.2", List.of("192.0.2.1, 203.0.113.9, 10.1.2.3"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.of("10.0.0.2", List.of("192.0.2.1", "203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void portsBracketsAndMappedAddresses_areUnderstood() {
        assertThat(behindProxies.of("10.0.0.2", List.of("203.0.113.9:4711"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.of("2001:db8::5", List.of("[2001:db9::1]:443"))).isEqualTo("2001:db9:0:0:0:0:0:1");
        assertThat(behindProxies.of("::ffff:10.0.0.2", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aHopThatIsNotAnAddress_endsTheChain_andIsNeverLookedUp() {
        assertThat(behindProxies.of("10.0.0.2", List.of("evil.example, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.of("10.0.0.2", List.of("203.0.113.9, evil.example"))).isEqualTo("10.0.0.2");
        assertThat(behindProxies.of("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
    }

    @Test
    void onlyProxies_giveTheFarthestOne() {
        assertThat(behindProxies.of("10.0.0.2", List.of("10.9.9.9, 10.0.0.1"))).isEqualTo("10.9.9.9");
    }
}
