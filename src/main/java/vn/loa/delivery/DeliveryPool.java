package vn.loa.delivery;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that attempt deliveries: two per SMTP connection, so that while one waits for its outcome to be
 * committed to the log another keeps the connection busy. The queue in front of them is short and the thread
 * that hands work in waits when it is full, so a fan-out of a million is read from the log page by page as it is
 * sent, never queued whole in memory.
 */
public final class DeliveryPool {

    private DeliveryPool() {
    }

    public static ThreadPoolExecutor forConnections(int connections) {
        int workers = 2 * Math.max(1, connections);
        AtomicInteger threads = new AtomicInteger();
        return new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(workers * 2),
                task -> {
                    Thread thread = new Thread(task, "loa-deliver-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, DeliveryPool::waitForRoom);
    }

    private static void waitForRoom(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            throw new RejectedExecutionException("the delivery pool is shut down");
        }
        BlockingQueue<Runnable> queue = pool.getQueue();
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("interrupted while waiting for a free delivery thread", e);
        }
    }
}
