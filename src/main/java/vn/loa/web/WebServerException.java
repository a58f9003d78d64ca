package vn.loa.web;

/** The HTTP server cannot start: its address is taken or not this machine's. The message says what to change. */
public final class WebServerException extends RuntimeException {

    public WebServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
