package vn.loa.storage;

import java.util.regex.Pattern;

/** A JDBC URL as it may be shown or logged: without a password in its parameters or its user-info part. */
public final class StorageUrls {

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+):[^/@]*@");

    private StorageUrls() {
    }

    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        return USER_INFO.matcher(PASSWORD_PARAM.matcher(url).replaceAll("$1***")).replaceAll("$1:***@");
    }
}
