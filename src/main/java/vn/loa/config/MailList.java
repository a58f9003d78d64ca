package vn.loa.config;

/** A list of recipients: {@code kind: email} (default) addresses, or {@code kind: zalo} follower ids. */
public record MailList(String id, String name, String from, Boolean doubleOptIn, String kind) {

    public MailList {
        doubleOptIn = doubleOptIn == null ? Boolean.TRUE : doubleOptIn;
        kind = kind == null || kind.isBlank() ? "email" : kind;
        name = name == null || name.isBlank() ? id : name;
    }

    public boolean isZalo() {
        return "zalo".equals(kind);
    }
}
