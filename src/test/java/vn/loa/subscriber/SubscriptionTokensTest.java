package vn.loa.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.subscriber.SubscriptionTokens.Claim;
import vn.loa.subscriber.SubscriptionTokens.Purpose;

class SubscriptionTokensTest {

    static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");
    static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    SubscriptionTokens at(Instant now) {
        return new SubscriptionTokens(SECRET, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void unsubscribeToken_roundTrips_andNeverExpires() {
        String token = at(NOW).unsubscribe("lanh-dao", "a@so.gov.vn");

        assertThat(at(NOW.plus(Duration.ofDays(3650))).verify(token, Purpose.UNSUBSCRIBE))
                .contains(new Claim(Purpose.UNSUBSCRIBE, "lanh-dao", "a@so.gov.vn"));
    }

    @Test
    void confirmToken_expiresAfterSevenDays() {
        String token = at(NOW).confirm("lanh-dao", "a@so.gov.vn");

        assertThat(at(NOW.plus(Duration.ofDays(6))).verify(token, Purpose.CONFIRM)).isPresent();
        assertThat(at(NOW.plus(Duration.ofDays(8))).verify(token, Purpose.CONFIRM)).isEmpty();
    }

    @Test
    void tokenOfOnePurpose_isRefusedForTheOther() {
        assertThat(at(NOW).verify(at(NOW).confirm("lanh-dao", "a@so.gov.vn"), Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(at(NOW).verify(at(NOW).unsubscribe("lanh-dao", "a@so.gov.vn"), Purpose.CONFIRM)).isEmpty();
    }

    @Test
    void changedPayload_truncatedMac_otherSecretOrGarbage_areRefused() {
        String token = at(NOW).unsubscribe("lanh-dao", "a@so.gov.vn");
        String mac = token.substring(token.indexOf('.') + 1);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "U\nlanh-dao\nsep@bo.gov.vn\n0".getBytes(StandardCharsets.UTF_8)) + "." + mac;
        SubscriptionTokens other = new SubscriptionTokens("another-secret-another-secret!!".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(at(NOW).verify(forged, Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(at(NOW).verify(token.substring(0, token.length() - 4), Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(other.verify(token, Purpose.UNSUBSCRIBE)).isEmpty();
        String lastChanged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(at(NOW).verify(lastChanged, Purpose.UNSUBSCRIBE)).isEmpty();
        for (String junk : new String[] {null, "", ".", "abc", "a.b.c", "%%%.%%%", token + "."}) {
            assertThat(at(NOW).verify(junk, Purpose.UNSUBSCRIBE)).as(junk).isEmpty();
        }
    }

    @Test
    void secret_isGeneratedOnce_ownerOnly_andReused(@TempDir Path data) throws Exception {
        byte[] first = SubscriptionTokens.loadSecret(null, data);
        byte[] second = SubscriptionTokens.loadSecret("", data);

        assertThat(first).isEqualTo(second).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.getPosixFilePermissions(data.resolve("secret")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(SubscriptionTokens.loadSecret("from-the-environment-1234", data))
                .isEqualTo("from-the-environment-1234".getBytes(StandardCharsets.UTF_8));
    }
}
