package vn.loa.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit for small writes from many threads: each caller hands over one statement and waits until it is
 * committed, as with a transaction of its own, but the statements waiting at the same time share one transaction
 * and so one fsync. A caller never returns before its write is durable, so crash safety is that of one commit per
 * write; only the number of commits drops. A batch that fails is retried statement by statement, so one bad write
 * fails alone.
 */
public final class GroupCommit {

    /** Statements committed together at most; more wait for the next commit. */
    static final int MAX_BATCH = 512;

    private record Write(String sql, Object[] params, CompletableFuture<Integer> done) {
    }

    private final Database db;
    private final BlockingQueue<Write> queue = new LinkedBlockingQueue<>();

    private final AtomicBoolean writing = new AtomicBoolean();

    public GroupCommit(Database db) {
        this.db = db;
    }

    /** Runs {@code sql} with {@code params} in the next shared transaction; returns its update count once committed. */
    public int update(String sql, Object... params) {
        Write write = new Write(sql, params, new CompletableFuture<>());
        queue.add(write);
        if (writing.compareAndSet(false, true)) {
            Thread writer = new Thread(this::run, "loa-db-group-commit");
            writer.setDaemon(true);
            writer.start();
        }
        try {
            return write.done().get();
        } catch (InterruptedException e) {
            // the write stays queued and is committed; this caller just stops waiting for it
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for a database commit", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StorageException s) {
                throw s;
            }
            throw new StorageException("database error: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The writer: commits what is queued, batch after batch, and ends after a second with nothing to do. */
    private void run() {
        List<Write> batch = new ArrayList<>();
        while (true) {
            Write first;
            try {
                first = queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                first = null;
            }
            if (first == null) {
                writing.set(false);
                // a write queued after the poll gave up, but before the flag was cleared, would be left waiting
                if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            commit(batch);
            batch.clear();
        }
    }

    private void commit(List<Write> batch) {
        try {
            List<Integer> counts = db.inTransaction(c -> execute(c, batch));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(counts.get(i));
            }
        } catch (RuntimeException | Error e) {
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(e);
                return;
            }
            for (Write write : batch) {
                commit(List.of(write));
            }
        }
    }

    private static List<Integer> execute(Connection c, List<Write> batch) throws SQLException {
        Map<String, PreparedStatement> statements = new HashMap<>();
        try {
            List<Integer> counts = new ArrayList<>(batch.size());
            for (Write write : batch) {
                PreparedStatement st = statements.get(write.sql());
                if (st == null) {
                    st = c.prepareStatement(write.sql());
                    statements.put(write.sql(), st);
                }
                Object[] params = write.params();
                for (int i = 0; i < params.length; i++) {
                    st.setObject(i + 1, params[i]);
                }
                counts.add(st.executeUpdate());
            }
            return counts;
        } finally {
            for (PreparedStatement st : statements.values()) {
                st.close();
            }
        }
    }
}
