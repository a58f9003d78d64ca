package vn.loa.subscriber;

import java.time.Instant;

/** One stored row of the consent history: the change, and the member's status after it. */
public record ConsentRecord(String listId, String address, Consent consent, SubscriberStatus status, Instant at) {
}
