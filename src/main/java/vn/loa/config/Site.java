package vn.loa.config;

import java.time.ZoneId;

/** Site-wide settings: the public base URL of Loa's own pages, the time zone and the language. */
public record Site(String baseUrl, String timezone, String language) {

    public Site {
        baseUrl = blankTo(baseUrl, "http://localhost:8080").replaceAll("/+$", "");
        timezone = blankTo(timezone, "Asia/Ho_Chi_Minh");
        language = blankTo(language, "vi");
    }

    public static Site defaults() {
        return new Site(null, null, null);
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
