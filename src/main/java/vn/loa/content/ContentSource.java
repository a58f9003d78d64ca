package vn.loa.content;

/**
 * A dropped file's bytes, before parsing.
 *
 * @param name        the name to show in errors, relative to the inbox when it came from there (e.g. {@code bnv/tin.md})
 * @param bytes       the raw bytes as read
 * @param impliedUnit the unit implied by the inbox subfolder, or null
 */
public record ContentSource(String name, byte[] bytes, String impliedUnit) {

    /** The file name without folders. */
    public String fileName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
