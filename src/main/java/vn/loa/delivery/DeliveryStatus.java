package vn.loa.delivery;

/** Where a delivery stands; the lower-case name is stored. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED, DEAD, SKIPPED;

    public String key() {
        return name().toLowerCase();
    }

    public static DeliveryStatus of(String key) {
        return valueOf(key.strip().toUpperCase());
    }
}
