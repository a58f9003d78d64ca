package vn.loa.web;

import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import vn.loa.config.LoaConfig;
import vn.loa.content.Channel;
import vn.loa.delivery.DeliveryFilter;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.DeliveryStatus;
import vn.loa.i18n.Messages;
import vn.loa.storage.Json;

/** {@code GET /api/deliveries?content=&channel=&status=&since=&limit=}: the delivery log as JSON, for staff tools. */
public final class DeliveriesEndpoint {

    private static final String JSON = "application/json; charset=utf-8";
    private static final int MAX = 10_000;

    private final LoaConfig config;
    private final DeliveryLog log;
    private final AdminAuth auth;
    private final Clock clock;

    public DeliveriesEndpoint(LoaConfig config, DeliveryLog log, AdminAuth auth, Clock clock) {
        this.config = config;
        this.log = log;
        this.auth = auth;
        this.clock = clock;
    }

    public void list(Exchange exchange) {
        if (!auth.allows(exchange)) {
            return;
        }
        Message in = exchange.getMessage();
        DeliveryFilter filter;
        try {
            String channel = in.getHeader("channel", String.class);
            String status = in.getHeader("status", String.class);
            String since = in.getHeader("since", String.class);
            String limit = in.getHeader("limit", String.class);
            filter = new DeliveryFilter(in.getHeader("content", String.class),
                    channel == null ? null : Channel.of(channel), status == null ? null : DeliveryStatus.of(status),
                    since == null ? null : DeliveryFilter.parseTime(since, config.site().zone(), clock.instant()),
                    Math.min(MAX, limit == null ? 1000 : Math.max(1, Integer.parseInt(limit.strip()))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            HttpResponses.send(exchange, 400, JSON, Json.write(Map.of("error", Messages.t("web.api.bad_filter"))));
            return;
        }
        HttpResponses.send(exchange, 200, JSON, Json.writeWithNulls(Map.of("deliveries",
                log.queries().find(filter).stream().map(d -> d.columns()).toList())));
    }
}
