package vn.loa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Storage;
import vn.loa.content.Channel;
import vn.loa.delivery.Delivery;
import vn.loa.delivery.DeliveryFilter;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.delivery.PlannedDelivery;
import vn.loa.storage.Database;

@Tag("store")
class RetryCommandTest {

    @TempDir
    Path tmp;

    @Test
    void retry_queuesFailedAgain_andWithDeadAlsoDead_perContentOrAll() {
        Workspace ws = new Workspace(tmp);
        Storage storage = ws.storage();
        try (Database db = Database.open(storage)) {
            DeliveryLog log = DeliveryLog.open(db, Clock.systemUTC());
            db.inTransaction(c -> {
                log.plans().record(c, "tin-a", "v1", List.of(PlannedDelivery.of(Channel.CHAT, "cchc-slack"),
                        PlannedDelivery.of(Channel.FEED, "bnv")));
                log.plans().record(c, "tin-b", "v1", List.of(PlannedDelivery.of(Channel.CHAT, "cchc-slack")));
                return null;
            });
            List<Delivery> all = log.leases().claimDue(10);
            log.outcomes().markFailed(all.get(0).id(), "550", false);
            log.outcomes().markFailed(all.get(1).id(), "hết lượt", true);
            log.outcomes().markFailed(all.get(2).id(), "550", false);
        }

        Workspace.Result none = ws.run("retry", "--target", "khong-co");
        Workspace.Result one = ws.run("retry", "--content", "tin-b", "--target", "cchc-slack");
        Workspace.Result rest = ws.run("retry");
        Workspace.Result dead = ws.run("retry", "--dead");

        assertThat(none.out()).isEqualTo("Đã xếp lại 0 lượt gửi tới khong-co (các lượt lỗi)" + System.lineSeparator());
        assertThat(one.exit()).isZero();
        assertThat(one.out()).isEqualTo("Đã xếp lại 1 lượt gửi của tin-b tới cchc-slack (các lượt lỗi)" + System.lineSeparator());
        assertThat(rest.out()).isEqualTo("Đã xếp lại 1 lượt gửi (các lượt lỗi)" + System.lineSeparator());
        assertThat(dead.out()).isEqualTo("Đã xếp lại 1 lượt gửi (các lượt lỗi và hỏng)" + System.lineSeparator());
        try (Database db = Database.open(storage)) {
            assertThat(DeliveryLog.open(db, Clock.systemUTC()).queries().find(DeliveryFilter.all()))
                    .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING));
        }
    }
}
