package vn.loa.subscriber;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One member of a list. {@code address} is normalized (see {@link AddressValidator}); {@code attributes} are the
 * extra columns of an import, in column order.
 */
public record Subscriber(String listId, String address, String name, SubscriberStatus status,
                         Map<String, String> attributes, int hardBounces, Instant createdAt, Instant updatedAt) {

    public Subscriber {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
