package vn.loa.storage;

import vn.loa.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.config.Storage;

@Tag("store")
class GroupCommitTest {

    @TempDir
    Path tmp;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.storage(tmp));
        db.query(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("create table marks (id integer primary key, note text not null)");
            }
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void writesFromManyThreads_areAllCommittedBeforeTheirCallersReturn() throws Exception {
        GroupCommit commits = new GroupCommit(db);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int id = i;
            done.add(threads.submit(() -> {
                int count = commits.update("insert into marks (id, note) values (?, ?)", id, "gửi " + id);
                // committed: another connection sees it at once
                assertThat(countOf("select count(*) from marks where id = " + id)).isEqualTo(1);
                return count;
            }));
        }
        for (Future<Integer> f : done) {
            assertThat(f.get()).isEqualTo(1);
        }
        threads.shutdown();
        assertThat(countOf("select count(*) from marks")).isEqualTo(2000);
        assertThat(countOf("select count(*) from marks where note like 'gửi %'")).isEqualTo(2000);
    }

    @Test
    void aFailingWrite_failsAloneAndTheOthersInItsBatchAreCommitted() throws Exception {
        GroupCommit commits = new GroupCommit(db);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int id = i;
            // every 50th write breaks the not-null constraint
            done.add(threads.submit(() -> commits.update("insert into marks (id, note) values (?, ?)", id,
                    id % 50 == 0 ? null : "ok")));
        }
        int failed = 0;
        for (Future<Integer> f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(StorageException.class);
                assertThat(e.getCause().getMessage()).containsPattern("(?i)not[ -]null").contains("note");
                failed++;
            }
        }
        threads.shutdown();
        assertThat(failed).isEqualTo(4);
        assertThat(countOf("select count(*) from marks")).isEqualTo(196);
        assertThatThrownBy(() -> commits.update("insert into nowhere values (1)"))
                .isInstanceOf(StorageException.class).hasMessageContaining("nowhere");
        assertThat(commits.update("update marks set note = ? where id = ?", "sửa", 1)).isEqualTo(1);
    }

    private int countOf(String sql) {
        return db.query(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
