package jp.cityplan.bench.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CountingDataSourceTest {

    SqlCounts counts;
    DataSource dataSource;

    @BeforeEach
    void setUp() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:counting-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        counts = new SqlCounts();
        dataSource = CountingDataSource.wrap(h2, counts);
    }

    @Test
    void eachExecutedStatementIsCountedByItsKind() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table proposal (id int primary key, state varchar(20))");
            statement.executeUpdate("insert into proposal values (1, 'RECEIVED')");
            try (PreparedStatement update = connection.prepareStatement("update proposal set state = ? where id = ?")) {
                update.setString(1, "ANSWERED");
                update.setInt(2, 1);
                update.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("  SELECT state FROM proposal WHERE id = ?")) {
                select.setInt(1, 1);
                try (ResultSet rows = select.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                }
            }
            statement.executeUpdate("delete from proposal");
        }

        assertThat(counts.snapshot()).containsEntry("select", 1L).containsEntry("insert", 1L)
                .containsEntry("update", 1L).containsEntry("delete", 1L).containsEntry("other", 1L)
                .containsEntry("commit", 0L);
        assertThat(SqlCounts.statements(counts.snapshot())).isEqualTo(5);
    }

    @Test
    void aBatchCountsEachRowSetAddedAndCommitsAreCountedApart() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table audit_record (id int)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_record values (?)")) {
                for (int id = 1; id <= 3; id++) {
                    insert.setInt(1, id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }

        assertThat(counts.snapshot()).containsEntry("insert", 3L).containsEntry("commit", 1L);
    }

    @Test
    void theDifferenceOfTwoSnapshotsIsWhatHappenedBetweenThem() {
        counts.statement("select 1");
        var before = counts.snapshot();
        counts.statement("insert into x values (1)");
        counts.statement("with t as (select 1) select * from t");

        assertThat(SqlCounts.difference(counts.snapshot(), before)).containsEntry("insert", 1L)
                .containsEntry("select", 1L).containsEntry("update", 0L);
    }
}
