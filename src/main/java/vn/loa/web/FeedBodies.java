package vn.loa.web;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import vn.loa.feed.FeedCache.CachedFile;

/**
 * A cached feed ready to write: each coding once in off-heap memory, shared read-only by every response (Vert.x
 * slices the buffer per write, so nothing is copied in Java), with its validators formatted once.
 */
record FeedBodies(CachedFile source, Body identity, Body gzip, String lastModified) {

    /** One representation: the bytes to send and their strong ETag. */
    record Body(Buffer buffer, String etag) {
    }

    static FeedBodies of(CachedFile file) {
        return new FeedBodies(file,
                new Body(offHeap(file.bytes()), file.etag()),
                new Body(offHeap(file.gzip()), file.gzipEtag()),
                DateTimeFormatter.RFC_1123_DATE_TIME.format(file.lastModified().atZone(ZoneOffset.UTC)));
    }

    /** A direct buffer the JDK frees once unreachable (Netty never releases a wrapped JDK buffer). */
    private static Buffer offHeap(byte[] bytes) {
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        return Buffer.buffer(Unpooled.wrappedBuffer(direct));
    }
}
