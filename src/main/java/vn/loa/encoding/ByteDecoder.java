package vn.loa.encoding;

/** Reads a range of bytes in one legacy encoding. */
interface ByteDecoder {

    Decoded decode(byte[] bytes, int from, int to);

    /** Whether this Java runtime can read the encoding (Windows-1258 needs module jdk.charsets). */
    default boolean available() {
        return true;
    }
}
