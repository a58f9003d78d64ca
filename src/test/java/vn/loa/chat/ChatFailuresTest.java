package vn.loa.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.chat.ChatFixtures.CLOCK;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reading the wait a platform asks for, and its message out of an error body. */
class ChatFailuresTest {

    @Test
    void retryAfterInSeconds_isThatWait() {
        assertThat(ChatFailures.parseWait("30", CLOCK)).contains(Duration.ofSeconds(30));
        assertThat(ChatFailures.parseWait("1.25", CLOCK)).contains(Duration.ofMillis(1250));
    }

    @Test
    void retryAfterAsHttpDate_isTheTimeUntilThen() {
        assertThat(ChatFailures.parseWait("Tue, 1 Sep 2026 03:02:00 GMT", CLOCK)).contains(Duration.ofMinutes(2));
        assertThat(ChatFailures.parseWait("Tue, 1 Sep 2026 02:00:00 GMT", CLOCK)).contains(Duration.ZERO);
    }

    @Test
    void retryAfterUnreadableOrAbsurd_isIgnoredOrCapped() {
        assertThat(ChatFailures.parseWait("soon", CLOCK)).isEmpty();
        assertThat(ChatFailures.parseWait("99999999999", CLOCK)).contains(Duration.ofDays(1));
        assertThat(ChatFailures.parseWait("NaN", CLOCK)).contains(Duration.ZERO);
    }

    @Test
    void platformMessage_isTakenFromEachPlatformsErrorShape() {
        assertThat(ChatFailures.platformMessage("{\"ok\":false,\"description\":\"Forbidden: bot was kicked\"}"))
                .isEqualTo("Forbidden: bot was kicked");
        assertThat(ChatFailures.platformMessage("{\"error\":{\"code\":403,\"message\":\"Permission denied\"}}"))
                .isEqualTo("Permission denied");
        assertThat(ChatFailures.platformMessage("{\"error\":\"invalid_request\",\"error_description\":\"bad app\"}"))
                .isEqualTo("bad app");
        assertThat(ChatFailures.platformMessage("  channel_not_found\n")).isEqualTo("channel_not_found");
        assertThat(ChatFailures.platformMessage("")).isEmpty();
        assertThat(ChatFailures.platformMessage("<html>" + "x ".repeat(400) + "</html>")).hasSizeLessThanOrEqualTo(300).endsWith("…");
    }
}
