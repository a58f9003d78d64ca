package vn.loa.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ServiceStatus;
import vn.loa.storage.Database;
import vn.loa.storage.Json;

/** {@code GET /health}: 200 when every route is started and the database answers, 503 otherwise. */
public final class HealthEndpoint {

    private final Database db;

    public HealthEndpoint(Database db) {
        this.db = db;
    }

    public void check(Exchange exchange) {
        CamelContext camel = exchange.getContext();
        Map<String, Object> routes = new LinkedHashMap<>();
        boolean routesUp = true;
        for (var route : camel.getRoutes()) {
            ServiceStatus status = camel.getRouteController().getRouteStatus(route.getId());
            routes.put(route.getId(), status == null ? "unknown" : status.name().toLowerCase());
            routesUp &= status == ServiceStatus.Started || !route.isAutoStartup();
        }
        boolean storageUp;
        try {
            storageUp = db.isUp();
        } catch (RuntimeException e) {
            storageUp = false;
        }
        boolean up = routesUp && storageUp;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("storage", storageUp ? "UP" : "DOWN");
        body.put("routes", routes);
        HttpResponses.send(exchange, up ? 200 : 503, "application/json; charset=utf-8", Json.write(body));
    }
}
