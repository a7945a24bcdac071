package jp.cityplan.app.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.cityplan.app.application.opendata.OpenDataColumn;
import jp.cityplan.app.application.opendata.RecruitmentOutcomesDataset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Only recruitments with a final outcome are listed, with counts and application numbers and no applicant's name. */
@JdbcTest
class RecruitmentOutcomesDatasetTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void final_outcomes_are_listed_with_the_lottery_seed_and_the_chosen_numbers_and_no_names() {
        jdbc.update("insert into committee (id, name, legal_basis, total_seats, public_seats, term_length,"
                + " gender_target_percent, responsible_division, version) values ('plan-council', '長期総合計画審議会',"
                + " '条例', 15, 3, 'P2Y', 40, 'div-policy-promotion', 0)");
        recruitment("R2025-001", "APPOINTED", "LOTTERY", "3-6-1-4", "A2025-00002,A2025-00001");
        recruitment("R2025-002", "DIRECT_APPOINTMENT", "SCORE", null, "");
        recruitment("R2026-001", "OPEN", "SCORE", null, "");
        application("A2025-00001", "R2025-001");
        application("A2025-00002", "R2025-001");
        application("A2025-00003", "R2025-001");
        RecruitmentOutcomesDataset dataset = new RecruitmentOutcomesDataset(jdbc, () -> Optional.of("072109"));

        List<List<String>> rows = dataset.rows();

        assertThat(dataset.columns().get(0)).isEqualTo(OpenDataColumn.MUNICIPALITY_CODE);
        assertThat(dataset.columns().get(dataset.columns().size() - 1)).isEqualTo(OpenDataColumn.REMARKS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("072109", "R2025-001", "長期総合計画審議会", "2", "3", "公開抽選",
                "応募者から委嘱", "3-6-1-4", "A2025-00002 A2025-00001", "2026-04-01", "");
        assertThat(rows.get(1)).contains("担当課による直接委嘱", "0");
        assertThat(rows.toString()).doesNotContain("二本松 太郎").doesNotContain("marker@example.jp");
        assertThat(dataset.updated()).isPresent();
    }

    @Test
    void nothing_final_yet_is_an_empty_dataset_without_an_update_date() {
        RecruitmentOutcomesDataset dataset = new RecruitmentOutcomesDataset(jdbc, () -> Optional.of("072109"));

        assertThat(dataset.rows()).isEmpty();
        assertThat(dataset.updated()).isEmpty();
    }

    private void recruitment(String id, String state, String method, String seed, String selected) {
        jdbc.update("insert into committee_recruitment (id, committee_id, seats, opens_at, closes_at, essay_theme,"
                        + " essay_limit, selection_method, term_starts_on, result_expected_on, state, selected,"
                        + " lottery_seed, composition_flags, version) values (?, 'plan-council', 2, ?, ?, 'まちづくり', 800,"
                        + " ?, ?, ?, ?, ?, ?, '', 0)", id, OffsetDateTime.parse("2026-01-05T09:00:00+09:00"),
                OffsetDateTime.parse("2026-02-05T17:00:00+09:00"), method, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 3, 1), state, selected, seed);
    }

    private void application(String number, String recruitment) {
        jdbc.update("insert into committee_application (application_number, recruitment_id, name, kana, birth_date, sex,"
                        + " address, email, relation, occupation, public_position, other_seats, applicant_identity,"
                        + " reasons, essay, received_at, outcome, result_sent, version) values (?, ?, '二本松 太郎',"
                        + " 'にほんまつ たろう', ?, 'NO_ANSWER', '福島県二本松市', 'marker@example.jp', 'LIVES', '会社員', 'NONE',"
                        + " 0, ?, '理由', '作文', ?, 'SELECTED', true, 0)", number, recruitment, LocalDate.of(1980, 1, 1),
                number, OffsetDateTime.parse("2026-01-10T10:00:00+09:00"));
    }
}
