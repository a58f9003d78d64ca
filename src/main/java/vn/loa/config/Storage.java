package vn.loa.config;

/** The JDBC URL of the delivery log; SQLite under {@code data/} by default. */
public record Storage(String url, String username, String password) {

    public Storage {
        url = url == null || url.isBlank() ? "jdbc:sqlite:data/loa.db" : url;
    }

    public static Storage defaults() {
        return new Storage(null, null, null);
    }

    @Override
    public String toString() {
        return "Storage[" + url + "]";
    }
}
