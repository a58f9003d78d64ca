package vn.loa.config;

/** A configuration problem, located by file, line and key. */
public class ConfigException extends RuntimeException {

    public ConfigException(String file, int line, String key, String message) {
        super(file + ":" + line + ": " + key + ": " + message);
    }

    public ConfigException(String message) {
        super(message);
    }
}
