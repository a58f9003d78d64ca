package vn.loa.content;

/** {@code status:} values that pass validation; draft and review are rejected as not approved. */
public enum ContentStatus {
    APPROVED, WITHDRAWN;

    public String key() {
        return name().toLowerCase();
    }
}
