package vn.loa.content;

/** {@code type:} of a content item. */
public enum ContentType {
    ARTICLE, BULLETIN;

    public String key() {
        return name().toLowerCase();
    }
}
