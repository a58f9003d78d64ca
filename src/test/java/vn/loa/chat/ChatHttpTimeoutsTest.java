package vn.loa.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.loa.config.Node;

/** The configuration checks leases against the longest chat send; that figure must be ChatHttp's own. */
class ChatHttpTimeoutsTest {

    @Test
    void chatTimeoutKnownToTheLeaseCheck_isConnectPlusRequestTimeout() {
        assertThat(ChatHttp.CONNECT_TIMEOUT.plus(ChatHttp.REQUEST_TIMEOUT).toSeconds()).isEqualTo(Node.CHAT_TIMEOUT_SECONDS);
    }
}
