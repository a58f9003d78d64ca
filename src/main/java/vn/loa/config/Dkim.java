package vn.loa.config;

/** DKIM signing of outgoing email; active when domain, selector and a private key (PKCS#8 DER or PEM file) are set. */
public record Dkim(String domain, String selector, String keyFile) {

    public static Dkim none() {
        return new Dkim(null, null, null);
    }

    public boolean enabled() {
        return notBlank(domain) && notBlank(selector) && notBlank(keyFile);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
