package vn.loa.storage;

/** The databases Loa stores in, chosen by the JDBC URL of {@code storage.url}. */
public enum Vendor {

    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String key;

    Vendor(String key) {
        this.key = key;
    }

    /** The name of its migration folder ({@code db/migration/KEY}) and of its query overrides ({@code STORE.KEY.sql}). */
    public String key() {
        return key;
    }

    /** The vendor of a JDBC URL; null for a database Loa does not support. */
    public static Vendor of(String jdbcUrl) {
        for (Vendor v : values()) {
            if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:" + v.key + ":")) {
                return v;
            }
        }
        return null;
    }
}
