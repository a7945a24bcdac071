package jp.cityplan.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.Optional;
import jp.cityplan.app.application.dashboard.DashboardQuery;
import jp.cityplan.app.application.dashboard.Figure;
import jp.cityplan.app.application.dashboard.PublicWorksFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public works figures on known evaluations in the Flyway schema (an H2 of its own): three published (two
 * 継続, one 中止), one decided and not yet published (見直し継続), and four open ones: two re-evaluations, one ex-ante
 * evaluation and one ex-post evaluation at different steps.
 */
@JdbcTest
class PublicWorksFiguresTest {

    @Autowired
    JdbcTemplate jdbc;

    PublicWorksFigures figures;

    @BeforeEach
    void storeKnownEvaluations() {
        figures = new PublicWorksFigures(jdbc);
        for (String project : new String[] {"PW-0001", "PW-0002", "PW-0003"}) {
            jdbc.update("insert into public_works_project (project_id, name, owning_division, kind, funding, initiative,"
                    + " adopted_fiscal_year, total_cost_yen, maintenance_cost_yen, expected_benefits,"
                    + " circumstances_changed, version) values (?, '道路改良事業', 'div-civil-engineering', 'ROAD',"
                    + " 'DIRECT', '4-1.1', 2019, 100000000, 1000000, '安全の確保', false, 0)", project);
        }
        insert("PW-0001", "RE_EVALUATION", 2021, "PUBLISHED", "CONTINUE");
        insert("PW-0001", "RE_EVALUATION", 2024, "PUBLISHED", "CONTINUE");
        insert("PW-0002", "RE_EVALUATION", 2024, "PUBLISHED", "DISCONTINUE");
        insert("PW-0003", "RE_EVALUATION", 2024, "DECIDED", "CONTINUE_WITH_REVIEW");
        insert("PW-0001", "RE_EVALUATION", 2025, "SHEET_REQUESTED", null);
        insert("PW-0002", "RE_EVALUATION", 2025, "OPINION_GIVEN", null);
        insert("PW-0003", "EX_ANTE", 2025, "POLICY_DRAFTED", null);
        insert("PW-0003", "EX_POST", 2025, "SHEET_FILLED", null);
    }

    private void insert(String project, String stage, int cycle, String state, String decision) {
        String code = switch (stage) {
            case "EX_ANTE" -> "EA";
            case "RE_EVALUATION" -> "RE";
            default -> "EP";
        };
        jdbc.update("insert into public_works_evaluation (reference, project_id, stage, cycle, state, decision,"
                        + " published_on, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                project + "-" + code + "-" + cycle, project, stage, cycle, state, decision,
                "PUBLISHED".equals(state) ? LocalDate.of(cycle, 9, 1) : null);
    }

    @Test
    void decidedEvaluationsAreCountedByTheCitysDecisionPublishedOrNot() {
        Figure decisions = figures.decisions();

        assertThat(decisions.bars()).extracting(Figure.Bar::label)
                .containsExactly("事業着手", "継続", "見直し継続", "休止", "中止");
        assertThat(decisions.valueOf("継続")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(decisions.valueOf("見直し継続")).as("decided, not yet published")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(decisions.valueOf("中止")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(decisions.valueOf("事業着手")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(decisions.caption()).isEqualTo("対応方針を決定した評価 4件（うち公表済み 3件）。");
        assertThat(decisions.bars()).extracting(Figure.Bar::link).containsOnly("/public-works");
    }

    @Test
    void openEvaluationsAreCountedPerStageAndLinkToCockpit() {
        Figure open = figures.open();

        assertThat(open.bars()).extracting(Figure.Bar::label).containsExactly("事前評価", "再評価", "事後評価");
        assertThat(open.valueOf("事前評価")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(open.valueOf("再評価")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(open.valueOf("事後評価")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(open.caption()).contains("4件");
        assertThat(open.bars()).extracting(Figure.Bar::link).containsOnly(PublicWorksFigures.COCKPIT_PROCESSES);
    }

    @Test
    void withoutEvaluationsTheFiguresSaySoAndHaveNoBars() {
        jdbc.update("delete from public_works_evaluation");

        assertThat(figures.compute(new DashboardQuery(LocalDate.of(2025, 6, 20), Optional.empty())))
                .extracting(Figure::id, Figure::isEmpty)
                .containsExactly(tuple("public-works-decisions", true),
                        tuple("public-works-open", true));
        assertThat(figures.decisions().caption()).isEqualTo("対応方針を決定した評価はまだありません。");
        assertThat(figures.open().caption()).isEqualTo("評価中の公共事業はありません。");
    }
}
