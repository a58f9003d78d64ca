package vn.loa.feed;

/** A feed of one unit could not be rendered; the message names the unit and the format. */
public class FeedRenderException extends RuntimeException {

    public FeedRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
