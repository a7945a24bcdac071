package jp.cityplan.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.cityplan.app.application.dashboard.DashboardQuery;
import jp.cityplan.app.application.dashboard.Figure;
import jp.cityplan.app.application.dashboard.RecruitmentFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The recruitment figure on known recruitments in the Flyway schema: two open, one in selection, one appointed. */
@JdbcTest
class RecruitmentFiguresTest {

    private static final DashboardQuery TODAY = new DashboardQuery(LocalDate.of(2026, 11, 28), Optional.empty());

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void without_recruitments_the_figure_says_so_and_has_no_bars() {
        Figure figure = only(new RecruitmentFigures(jdbc).compute(TODAY));

        assertThat(figure.isEmpty()).isTrue();
        assertThat(figure.caption()).isEqualTo("公募はまだありません。");
    }

    @Test
    void recruitments_are_counted_by_state_with_their_applications() {
        jdbc.update("insert into committee (id, name, legal_basis, total_seats, public_seats, term_length,"
                + " gender_target_percent, responsible_division, version) values ('plan-council', '長期総合計画審議会',"
                + " '条例', 15, 3, 'P2Y', 40, 'div-policy-promotion', 0)");
        recruitment("R2026-001", "OPEN");
        recruitment("R2026-002", "OPEN");
        recruitment("R2026-003", "CLOSED");
        recruitment("R2025-001", "APPOINTED");

        Figure figure = only(new RecruitmentFigures(jdbc).compute(TODAY));

        assertThat(figure.bars()).extracting(Figure.Bar::label)
                .containsExactly("募集中", "選考中", "市長の決裁待ち", "委嘱済", "直接委嘱");
        assertThat(figure.valueOf("募集中")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(figure.valueOf("選考中")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(figure.valueOf("市長の決裁待ち")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(figure.valueOf("委嘱済")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(figure.caption()).isEqualTo("公募 4件、応募 0件。");
        assertThat(figure.bars().get(0).link()).isEqualTo("/recruitments");
    }

    private void recruitment(String id, String state) {
        jdbc.update("insert into committee_recruitment (id, committee_id, seats, opens_at, closes_at, essay_theme,"
                        + " essay_limit, selection_method, term_starts_on, result_expected_on, state, selected,"
                        + " composition_flags, version) values (?, 'plan-council', 2, ?, ?, 'まちづくり', 800, 'SCORE', ?, ?,"
                        + " ?, '', '', 0)", id, OffsetDateTime.parse("2026-10-01T09:00:00+09:00"),
                OffsetDateTime.parse("2026-11-01T17:00:00+09:00"), LocalDate.of(2027, 4, 1), LocalDate.of(2026, 12, 15),
                state);
    }

    private static Figure only(List<Figure> figures) {
        assertThat(figures).hasSize(1);
        return figures.get(0);
    }
}
