package vn.loa.web;

import vn.loa.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.LoaConfig;
import vn.loa.config.Storage;
import vn.loa.content.Channel;
import vn.loa.delivery.DeliveryLog;
import vn.loa.delivery.PlannedDelivery;
import vn.loa.storage.Database;
import vn.loa.storage.Json;

@Tag("store")
class DeliveriesEndpointTest {

    @TempDir
    Path tmp;

    Database db;
    DeliveryLog log;
    final DefaultCamelContext camel = new DefaultCamelContext();

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
        log = DeliveryLog.open(db, Clock.systemUTC());
        db.inTransaction(c -> {
            log.plans().record(c, "tin-a", "v1", List.of(PlannedDelivery.of(Channel.FEED, "bnv"),
                    PlannedDelivery.of(Channel.CHAT, "cchc-slack")));
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    Exchange get(DeliveriesEndpoint endpoint, Map<String, Object> headers) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
        endpoint.list(exchange);
        return exchange;
    }

    static int status(Exchange e) {
        return e.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    }

    static String body(Exchange e) {
        return new String(e.getMessage().getBody(byte[].class), StandardCharsets.UTF_8);
    }

    DeliveriesEndpoint endpoint(String token) {
        return new DeliveriesEndpoint(LoaConfig.empty(), log, new AdminAuth(token), Clock.systemUTC());
    }

    @Test
    void noTokenConfigured_disablesTheAdminApi() {
        assertThat(status(get(endpoint(null), Map.of("Authorization", "Bearer anything")))).isEqualTo(403);
    }

    @Test
    void missingOrWrongBearerToken_is401() {
        DeliveriesEndpoint endpoint = endpoint("bi-mat-quan-tri");

        Exchange none = get(endpoint, Map.of());
        Exchange wrong = get(endpoint, Map.of("Authorization", "Bearer bi-mat-quan-trj"));
        Exchange basic = get(endpoint, Map.of("Authorization", "Basic Ymk6bWF0"));

        assertThat(List.of(status(none), status(wrong), status(basic))).containsOnly(401);
        assertThat(none.getMessage().getHeader("WWW-Authenticate", String.class)).startsWith("Bearer");
        assertThat(body(wrong)).doesNotContain("bi-mat");
    }

    @Test
    @SuppressWarnings("unchecked")
    void rightToken_givesTheFilteredLogAsJson() throws Exception {
        Exchange answer = get(endpoint("bi-mat-quan-tri"), Map.of("Authorization", "Bearer bi-mat-quan-tri",
                "channel", "chat"));

        assertThat(status(answer)).isEqualTo(200);
        Map<String, Object> json = Json.MAPPER.readValue(body(answer), Map.class);
        assertThat((List<Map<String, Object>>) json.get("deliveries")).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("content_id", "tin-a").containsEntry("target", "cchc-slack")
                    .containsEntry("status", "pending").containsKey("last_error");
        });
        assertThat(status(get(endpoint("bi-mat-quan-tri"), Map.of("Authorization", "Bearer bi-mat-quan-tri",
                "status", "lost")))).isEqualTo(400);
    }
}
