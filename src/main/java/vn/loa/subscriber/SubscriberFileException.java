package vn.loa.subscriber;

/** A subscriber file that cannot be imported at all (missing, not UTF-8, no email column), with the file and line. */
public class SubscriberFileException extends RuntimeException {

    public SubscriberFileException(String message) {
        super(message);
    }
}
