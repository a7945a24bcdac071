package jp.cityplan.app.adapter.out.persistence.plan;

import jp.cityplan.domain.plan.PlanAlreadyRegisteredException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.plan.PlanSummary;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan adapter on H2 (and on PostgreSQL: {@link JpaComprehensivePlansOnPostgresTest}) with the Flyway schema and
 * {@code ddl-auto: validate}. Not one test transaction: every
 * call of the adapter commits its own, as in the app, so a plan read back really comes from the tables.
 */
@DataJpaTest(showSql = false, properties = {
        "spring.datasource.url=jdbc:h2:mem:plan-${random.uuid};DB_CLOSE_DELAY=-1",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({JpaComprehensivePlans.class, PlanTableStore.class, PlanDecomposer.class, PlanReassembler.class,
        PlanEntityMapperImpl.class, PlanDomainMapperImpl.class})
class JpaComprehensivePlansTest {

    private static final List<String> TREE_TABLES = List.of("plan_chapter", "plan_measure", "plan_approach",
            "plan_approach_paragraph", "plan_initiative_row", "plan_indicator", "plan_indicator_series",
            "plan_observation", "plan_target", "plan_note");

    @Autowired
    private JpaComprehensivePlans plans;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
    }

    @AfterEach
    void deleteAllPlans() {
        jdbc.update("delete from plan_plan");
    }

    @Test
    void a_plan_with_every_kind_of_row_comes_back_equal() {
        ComprehensivePlan plan = PlanFixtures.everyKindOfRow("nihonmatsu");

        plans.add(plan);

        ComprehensivePlan stored = plans.findById(new PlanId("nihonmatsu")).orElseThrow();
        assertThat(stored).isEqualTo(plan);
        assertThat(stored.chapters()).isEqualTo(plan.chapters());
        assertThat(stored.listedInitiatives()).isEqualTo(plan.listedInitiatives());
        assertThat(stored.approaches().flatMap(a -> a.indicators().stream()).toList())
                .flatExtracting(indicator -> indicator.observations())
                .extracting(observation -> observation.value().toPlainString())
                .containsExactly("512", "498.50", "505");
    }

    @Test
    void an_unknown_plan_is_not_found() {
        plans.add(PlanFixtures.everyKindOfRow("nihonmatsu"));

        assertThat(plans.findById(new PlanId("fukushima"))).isEmpty();
        assertThat(plans.exists(new PlanId("fukushima"))).isFalse();
        assertThat(plans.exists(new PlanId("nihonmatsu"))).isTrue();
    }

    @Test
    void summaries_list_the_plans_by_id_without_loading_their_trees() {
        plans.add(PlanFixtures.everyKindOfRow("zao"));
        plans.add(PlanFixtures.withApproaches("adatara", 3));
        statistics.clear();

        List<PlanSummary> summaries = plans.summaries();

        assertThat(summaries).containsExactly(
                new PlanSummary(new PlanId("adatara"), "計画 adatara", PlanFixtures.NIHONMATSU),
                new PlanSummary(new PlanId("zao"), "二本松市長期総合計画", PlanFixtures.NIHONMATSU));
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        assertThat(statistics.getEntityLoadCount()).isEqualTo(2);
    }

    @Test
    void a_plan_is_read_with_one_query_per_table_however_many_approaches_it_has() {
        plans.add(PlanFixtures.withApproaches("small", 1));
        plans.add(PlanFixtures.withApproaches("large", 20));

        long small = statementsToRead("small");
        long large = statementsToRead("large");

        assertThat(large).isEqualTo(small).isEqualTo(1 + TREE_TABLES.size());
    }

    @Test
    void adding_the_same_id_twice_fails_and_leaves_the_first_intact() {
        ComprehensivePlan first = PlanFixtures.everyKindOfRow("nihonmatsu");
        plans.add(first);

        assertThatThrownBy(() -> plans.add(PlanFixtures.withApproaches("nihonmatsu", 2)))
                .isInstanceOf(PlanAlreadyRegisteredException.class)
                .hasMessageContaining("nihonmatsu");

        assertThat(plans.findById(new PlanId("nihonmatsu"))).contains(first);
        assertThat(jdbc.queryForObject("select count(*) from plan_approach", Integer.class)).isEqualTo(3);
    }

    @Test
    void of_two_adds_of_one_id_racing_each_other_the_later_fails_as_a_duplicate() throws Exception {
        ComprehensivePlan first = PlanFixtures.everyKindOfRow("nihonmatsu");
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            Future<?> second = new TransactionTemplate(transactionManager).execute(status -> {
                plans.add(first);
                Future<?> racing = otherNode.submit(() -> plans.add(PlanFixtures.withApproaches("nihonmatsu", 2)));
                awaitTheRacingInsert();
                return racing;
            });

            assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOf(PlanAlreadyRegisteredException.class)
                    .cause().isInstanceOf(DataIntegrityViolationException.class);
        } finally {
            otherNode.shutdownNow();
        }
        assertThat(plans.findById(new PlanId("nihonmatsu"))).contains(first);
    }

    @Test
    void japanese_texts_of_2000_characters_survive() {
        ComprehensivePlan plan = PlanFixtures.withLongTexts("long-texts", 2000);
        assertThat(plan.approaches().findFirst().orElseThrow().currentSituation().get(0)).hasSize(2000);

        plans.add(plan);

        ComprehensivePlan stored = plans.findById(new PlanId("long-texts")).orElseThrow();
        assertThat(stored).isEqualTo(plan);
        assertThat(stored.notes().get(0).text()).hasSize(2000).contains("𠮷野家", "ＮＰＯ");
    }

    @Test
    void a_value_the_amount_column_would_round_is_refused_and_nothing_is_stored() {
        ComprehensivePlan plan = PlanFixtures.withValue("ratios", new BigDecimal("12.34567"));

        assertThatThrownBy(() -> plans.add(plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12.34567");

        assertThat(plans.exists(new PlanId("ratios"))).isFalse();
    }

    @Test
    void values_keep_the_scale_they_were_given_with() {
        ComprehensivePlan plan = PlanFixtures.withValue("ratios", new BigDecimal("1.50000"));

        plans.add(plan);

        assertThat(plans.findById(new PlanId("ratios"))).contains(plan);
    }

    @Test
    void deleting_a_plan_row_deletes_its_whole_tree() {
        plans.add(PlanFixtures.everyKindOfRow("nihonmatsu"));
        plans.add(PlanFixtures.withApproaches("adatara", 2));
        assertThat(TREE_TABLES).allSatisfy(table -> assertThat(rowsOf(table, "nihonmatsu")).isPositive());

        jdbc.update("delete from plan_plan where id = ?", "nihonmatsu");

        assertThat(TREE_TABLES).allSatisfy(table -> assertThat(rowsOf(table, "nihonmatsu")).isZero());
        assertThat(plans.findById(new PlanId("adatara"))).contains(PlanFixtures.withApproaches("adatara", 2));
    }

    /** The racing add has looked (no plan yet) and inserts its plan row, which waits for the first add's. */
    private void awaitTheRacingInsert() {
        String waiting = isPostgres()
                ? "select count(*) from pg_stat_activity where datname = current_database()"
                        + " and wait_event_type = 'Lock' and lower(query) like 'insert into plan_plan %'"
                : "select count(*) from information_schema.sessions"
                        + " where executing_statement like 'insert into plan_plan %'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (waitingStatements(waiting) == 0) {
            assertThat(System.nanoTime()).as("nanos until the racing insert").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** PostgreSQL keeps one statistics snapshot per transaction: it is cleared to see the racing session move. */
    private int waitingStatements(String query) {
        if (isPostgres()) {
            jdbc.queryForObject("select pg_stat_clear_snapshot()", Object.class);
        }
        return jdbc.queryForObject(query, Integer.class);
    }

    private boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    }

    private long statementsToRead(String id) {
        statistics.clear();
        assertThat(plans.findById(new PlanId(id))).isPresent();
        return statistics.getPrepareStatementCount();
    }

    private int rowsOf(String table, String planId) {
        return jdbc.queryForObject("select count(*) from " + table + " where plan_id = ?", Integer.class, planId);
    }
}
