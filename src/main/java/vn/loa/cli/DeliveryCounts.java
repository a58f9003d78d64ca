package vn.loa.cli;

import java.util.Map;
import java.util.stream.Collectors;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.i18n.Messages;

/** Delivery counts by status in words, for the summaries of {@code publish} and {@code bulletin}: "2 đã gửi, 1 lỗi". */
final class DeliveryCounts {

    private DeliveryCounts() {
    }

    static String of(Map<DeliveryStatus, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> Messages.t("cli.deliveries." + e.getKey().key(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
