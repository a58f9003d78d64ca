import io.netty.buffer.Unpooled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peer of bench/feeds-wrk.sh: a bare Vert.x server (the HTTP server under Loa's Camel routes) answering every
 * request with the same in-memory bytes, no routing, no Camel. Run with Loa's jars as class path:
 * {@code java -cp 'target/lib/*' bench/VertxStatic.java FILE PORT [CONTENT_ENCODING]}.
 */
public class VertxStatic {
    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        Buffer body = Buffer.buffer(Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(bytes.length).put(bytes).flip()));
        String encoding = args.length > 2 ? args[2] : null;
        Vertx.vertx().createHttpServer().requestHandler(request -> {
            var response = request.response().putHeader("Content-Type", "application/rss+xml; charset=utf-8");
            if (encoding != null) {
                response.putHeader("Content-Encoding", encoding);
            }
            response.putHeader("Content-Length", String.valueOf(body.length())).end(body);
        }).listen(Integer.parseInt(args[1])).toCompletionStage().toCompletableFuture().join();
        System.out.println("listening on " + args[1]);
    }
}
