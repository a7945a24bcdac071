package jp.cityplan.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.app.application.dashboard.DashboardQuery;
import jp.cityplan.app.application.dashboard.Figure;
import jp.cityplan.app.application.dashboard.ProposalFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proposal figures on known cases in the Flyway schema (an H2 of its own): two divisions, A課 and B課, one case
 * still in intake, answered cases with known receipt and answer times. Today is 2025-06-20.
 */
@JdbcTest
class ProposalFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 20);
    private static final Map<String, String> NAMES = Map.of("div-a", "A課", "div-b", "B課");

    @Autowired
    JdbcTemplate jdbc;

    ProposalFigures figures;

    @BeforeEach
    void storeKnownCases() {
        figures = new ProposalFigures(jdbc, id -> NAMES.getOrDefault(id, id));
        insert("P2025-00001", "RECEIVED", "", "2025-06-01T09:00:00+09:00", "2025-06-10", null);
        insert("P2025-00002", "IN_PROGRESS", "div-a,div-b", "2025-06-10T09:00:00+09:00", "2025-06-30", null);
        insert("P2025-00003", "IN_PROGRESS", "div-a", "2025-06-01T09:00:00+09:00", "2025-06-15", null);
        insert("P2025-00004", "IN_PROGRESS", "div-b", "2025-06-01T09:00:00+09:00", "2025-06-19", null);
        insert("P2025-00005", "ANSWERED", "div-a", "2025-05-01T09:00:00+09:00", "2025-05-21", "2025-05-11T16:00:00+09:00");
        insert("P2025-00006", "ANSWERED", "div-a", "2025-05-01T09:00:00+09:00", "2025-05-21", "2025-05-15T10:00:00+09:00");
        // 23:30 in Japan is still April 30 there, though May 1 has begun nowhere yet: 6 days to May 6
        insert("P2025-00007", "ANSWERED", "div-b,div-a", "2025-04-30T23:30:00+09:00", "2025-05-20", "2025-05-06T09:00:00+09:00");
        jdbc.update("insert into proposal_case (receipt_number, secret_hash, channel, subject, body, category,"
                + " wants_answer, publication_consent, received_at, answer_due_on, state, decision_reason, divisions,"
                + " version) values ('P2025-00008', ?, 'WEB_FORM', '件名', '本文', 'community', false, 'NONE',"
                + " ?, ?, 'REJECTED', '市の業務ではないため', 'div-a', 0)", "0".repeat(64),
                OffsetDateTime.parse("2025-06-01T09:00:00+09:00"), LocalDate.parse("2025-06-02"));
    }

    private void insert(String number, String state, String divisions, String receivedAt, String dueOn, String answeredAt) {
        jdbc.update("insert into proposal_case (receipt_number, secret_hash, channel, subject, body, category,"
                        + " wants_answer, publication_consent, received_at, answer_due_on, state, divisions, answer_text,"
                        + " answer_delivery, answer_sent_at, version) values (?, ?, 'WEB_FORM', '件名', '本文', 'community',"
                        + " true, 'NONE', ?, ?, ?, ?, ?, ?, ?, 0)",
                number, "0".repeat(64), OffsetDateTime.parse(receivedAt), LocalDate.parse(dueOn), state, divisions,
                answeredAt == null ? null : "回答です。", answeredAt == null ? null : "EMAIL",
                answeredAt == null ? null : OffsetDateTime.parse(answeredAt));
    }

    @Test
    void openProposalsAreCountedByLeadDivisionWithThoseInIntakeApart() {
        Figure open = figures.open();

        assertThat(open.bars()).extracting(Figure.Bar::label).containsExactlyInAnyOrder("A課", "B課", "受付審査中");
        assertThat(open.valueOf("A課")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(open.valueOf("B課")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(open.valueOf("受付審査中")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(open.bars()).filteredOn(b -> b.label().equals("A課")).singleElement()
                .extracting(Figure.Bar::link).isEqualTo("/staff/dashboard/proposals?view=open&division=div-a");
    }

    @Test
    void overdueProposalsAreThoseStillOpenAfterTheirDueDay() {
        Figure overdue = figures.overdue(TODAY);

        assertThat(overdue.valueOf("A課")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(overdue.valueOf("B課")).as("due yesterday").hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(overdue.valueOf("受付審査中")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(figures.overdue(LocalDate.of(2025, 6, 19)).valueOf("B課")).as("due today is not overdue").isEmpty();
        assertThat(figures.cases("overdue", "div-a", TODAY)).extracting(ProposalFigures.ProposalCase::receiptNumber)
                .containsExactly("P2025-00003");
    }

    @Test
    void theMedianDaysToAnswerAreCountedInJapaneseCalendarDays() {
        Figure median = figures.medianDaysToAnswer();

        assertThat(median.valueOf("A課")).as("median of 10 and 14")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12.0"));
        assertThat(median.valueOf("B課")).as("April 30 to May 6 in Japan")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6.0"));
        assertThat(median.caption()).contains("全体: 10.0日（3件）");
        assertThat(figures.cases("answered", "div-a", TODAY)).extracting(ProposalFigures.ProposalCase::answeredOn)
                .containsExactly(LocalDate.of(2025, 5, 11), LocalDate.of(2025, 5, 15));
    }

    @Test
    void theCasesBehindABarAreTheOnesItCounts() {
        assertThat(figures.cases("open", "div-a", TODAY)).extracting(ProposalFigures.ProposalCase::receiptNumber)
                .containsExactly("P2025-00002", "P2025-00003");
        assertThat(figures.cases("open", "intake", TODAY)).extracting(ProposalFigures.ProposalCase::receiptNumber)
                .containsExactly("P2025-00001");
        assertThat(figures.compute(new DashboardQuery(TODAY, Optional.empty()))).extracting(Figure::id)
                .containsExactly("proposals-open", "proposals-overdue", "proposals-median-days");
    }
}
