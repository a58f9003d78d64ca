package vn.loa.web;

/** Reads an {@code Accept-Encoding} request header (RFC 9110 §12.5.3) for the one coding Loa serves: gzip. */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /**
     * Whether a response may be gzip-coded: {@code gzip} (or {@code x-gzip}) is listed with a non-zero q, or is not
     * listed and {@code *} is, with a non-zero q. No header, an empty one, or {@code identity} alone: no.
     */
    static boolean allowsGzip(String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            double q = quality(parts);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? q : Math.max(gzip, q);
            } else if (coding.equals("*")) {
                any = q;
            }
        }
        return gzip != null ? gzip > 0 : any != null && any > 0;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q') && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
