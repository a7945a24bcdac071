package jp.cityplan.app.adapter.out.persistence.publicworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import jp.cityplan.domain.publicworks.CommitteeOpinion;
import jp.cityplan.domain.publicworks.DraftPolicy;
import jp.cityplan.domain.publicworks.DuplicateEvaluationException;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.EvaluationStage;
import jp.cityplan.domain.publicworks.Funding;
import jp.cityplan.domain.publicworks.NonMonetaryEffect;
import jp.cityplan.domain.publicworks.ProjectDraft;
import jp.cityplan.domain.publicworks.ProjectId;
import jp.cityplan.domain.publicworks.ProjectKind;
import jp.cityplan.domain.publicworks.PublicWorksConflictException;
import jp.cityplan.domain.publicworks.PublicWorksEvaluation;
import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import jp.cityplan.domain.publicworks.PublicWorksProject;
import jp.cityplan.domain.publicworks.PublishedEvaluation;
import jp.cityplan.domain.publicworks.SheetDraft;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register and the evaluations on H2 with the Flyway schema and {@code ddl-auto: validate}; every call commits its
 * own transaction, as in the app. The database itself refuses a second evaluation of a project's stage and cycle.
 */
@DataJpaTest(showSql = false, properties = "spring.datasource.url=jdbc:h2:mem:public-works-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({JpaPublicWorks.class, PublicWorksEntityMapperImpl.class})
class JpaPublicWorksTest {

    private static final ProjectId PROJECT = new ProjectId("PW-0001");
    private static final FiscalYear FY2025 = FiscalYear.of(2025);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @Autowired
    private JpaPublicWorks store;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void deleteEverything() {
        jdbc.update("delete from public_works_evaluation");
        jdbc.update("delete from public_works_project");
    }

    private PublicWorksEvaluationCases cases() {
        return new PublicWorksEvaluationCases(store, store, CLOCK);
    }

    private void registered() {
        store.add(PublicWorksProject.register(new ProjectDraft("PW-0001", "市道油井線道路改良事業", "div-civil-engineering",
                ProjectKind.ROAD, Funding.SUBSIDISED, "4-1.1", 2019, LocalDate.of(2020, 6, 1), null,
                850_000_000L, 3_000_000L, "通学路の安全確保")));
    }

    @Test
    void an_evaluation_comes_back_equal_at_every_step_and_is_published_with_its_key_figures() {
        registered();
        PublicWorksEvaluationCases cases = cases();
        EvaluationReference reference = cases.open(PROJECT, EvaluationStage.RE_EVALUATION, FY2025, "RUNNING");
        cases.fillInSheet(reference, new SheetDraft("変化なし", 4, "必要", 5, "有効", null, 3, "順調", "縮減余地あり",
                Set.of(NonMonetaryEffect.SAFETY, NonMonetaryEffect.REGIONAL_VITALITY), 1_500_000_000L, null,
                900_000_000L, 100_000_000L, LocalDate.of(2028, 3, 31)));
        cases.proposeDecision(reference, EvaluationDecision.CONTINUE);
        cases.draftPolicy(reference, new DraftPolicy(EvaluationDecision.CONTINUE, "B/C 1.5"));
        cases.recordOpinion(reference, new CommitteeOpinion(EvaluationDecision.CONTINUE_WITH_REVIEW, "見直して継続", true));
        cases.decide(reference, EvaluationDecision.CONTINUE, "財源を確保済み");
        PublicWorksEvaluation decided = store.find(reference).orElseThrow();
        cases.publish(reference);

        PublicWorksEvaluation published = store.find(reference).orElseThrow();
        assertThat(published.snapshot().sheet()).isEqualTo(decided.snapshot().sheet());
        assertThat(published.snapshot().opinion()).isEqualTo(decided.snapshot().opinion());
        assertThat(published.snapshot().decision()).isEqualTo(decided.snapshot().decision());
        assertThat(published.snapshot().publishedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(jdbc.queryForObject("select benefit_cost_ratio from public_works_evaluation", BigDecimal.class))
                .isEqualByComparingTo("1.50");
        assertThat(store.find(PROJECT).orElseThrow().snapshot().lastEvaluation().decision())
                .isEqualTo(EvaluationDecision.CONTINUE);
        assertThat(store.hasOpen(PROJECT)).isFalse();
        PublishedEvaluation result = store.published(0, 10).get(0);
        assertThat(result.projectName()).isEqualTo("市道油井線道路改良事業");
        assertThat(result.deviationReason()).isEqualTo("財源を確保済み");
        assertThat(result.benefitCostRatio()).isEqualByComparingTo("1.50");
        assertThat(result.totalCost().amount()).isEqualTo(850_000_000L);
    }

    @Test
    void a_project_is_evaluated_once_per_stage_and_cycle_and_the_database_guarantees_it() {
        registered();
        cases().open(PROJECT, EvaluationStage.RE_EVALUATION, FY2025, "RUNNING");
        assertThat(store.hasOpen(PROJECT)).isTrue();

        assertThatThrownBy(() -> cases().open(PROJECT, EvaluationStage.RE_EVALUATION, FY2025, "RUNNING"))
                .isInstanceOf(DuplicateEvaluationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into public_works_evaluation (reference, project_id, stage, cycle,"
                + " state, version) values ('PW-0001-RE-2026', 'PW-0001', 'RE_EVALUATION', 2025, 'SHEET_REQUESTED', 0)"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select count(*) from public_works_evaluation", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_change_based_on_an_old_read_is_refused_as_a_conflict() {
        registered();
        PublicWorksProject first = store.find(PROJECT).orElseThrow();
        PublicWorksProject second = store.find(PROJECT).orElseThrow();
        first.reportChangeOfCircumstances();
        store.update(first);

        second.complete(LocalDate.of(2024, 3, 1));
        assertThatThrownBy(() -> store.update(second)).isInstanceOf(PublicWorksConflictException.class);
        assertThat(store.find(PROJECT).orElseThrow().snapshot().completedOn()).isNull();
        assertThat(store.all()).singleElement().satisfies(p -> assertThat(p.snapshot().circumstancesChanged()).isTrue());
    }
}
