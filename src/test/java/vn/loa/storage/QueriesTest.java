package vn.loa.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The named-query files: statements by name, vendor overrides of only what differs, shared expressions, slots. */
class QueriesTest {

    @Test
    void statement_isReadByName_withoutCommentsOrTrailingSemicolon() {
        assertThat(Queries.of(QueriesTest.class, "sample", Vendor.SQLITE).sql("plain")).isEqualTo("select 1\nfrom deliveries");
    }

    @Test
    void vendorFile_replacesOnlyTheStatementsItNames() {
        Queries sqlite = Queries.of(QueriesTest.class, "sample", Vendor.SQLITE);
        Queries postgresql = Queries.of(QueriesTest.class, "sample", Vendor.POSTGRESQL);

        assertThat(sqlite.sql("differs")).isEqualTo("select 'sqlite'");
        assertThat(postgresql.sql("differs")).isEqualTo("select 'postgresql'");
        assertThat(postgresql.sql("plain")).isEqualTo(sqlite.sql("plain"));
    }

    @Test
    void sharedExpression_isTheVendorsOwn_andAStoresStatementCanBeUsedInAnother() {
        assertThat(Queries.of(QueriesTest.class, "sample", Vendor.SQLITE).sql("uses-clock"))
                .isEqualTo("select strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), select 1\nfrom deliveries");
        assertThat(Queries.of(QueriesTest.class, "sample", Vendor.POSTGRESQL).sql("uses-clock"))
                .startsWith("select to_char(now() at time zone 'UTC'");
    }

    @Test
    void slot_isFilledByTheCaller_andAMissingOneIsNamed() {
        Queries q = Queries.of(QueriesTest.class, "sample", Vendor.SQLITE);

        assertThat(q.sql("with-slot", Map.of("ids", "?, ?"))).isEqualTo("select id from deliveries where id in (?, ?)");
        assertThatThrownBy(() -> q.sql("with-slot", Map.of())).hasMessageContaining("{{:ids}}");
    }

    @Test
    void unknownStatement_namesTheFileAndTheKnownOnes() {
        assertThatThrownBy(() -> Queries.of(QueriesTest.class, "sample", Vendor.SQLITE).sql("plian"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vn/loa/storage/sample.sql: no statement 'plian'")
                .hasMessageContaining("plain, differs");
    }

    @Test
    void vendorOverrideOfAStatementTheBaseLacks_isRefused() {
        assertThatThrownBy(() -> Queries.of(QueriesTest.class, "broken", Vendor.POSTGRESQL))
                .hasMessageContaining("broken.postgresql.sql: overrides 'two', which vn/loa/storage/broken.sql does not have");
    }
}
