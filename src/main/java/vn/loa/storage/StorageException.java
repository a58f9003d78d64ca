package vn.loa.storage;

/** A failure of the database, with what Loa was doing. */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
