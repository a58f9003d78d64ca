package vn.loa.content;

/** The ways an item leaves Loa; the lower-case name is used in files, the database and the CLI. */
public enum Channel {
    FEED, EMAIL, CHAT;

    public String key() {
        return name().toLowerCase();
    }

    public static Channel of(String key) {
        return valueOf(key.strip().toUpperCase());
    }
}
