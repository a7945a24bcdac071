package jp.cityplan.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scores, ranking, composition and masking")
class SelectionTest {

    private final CommitteeFixtures.InMemoryRecruitments recruitments = new CommitteeFixtures.InMemoryRecruitments();
    private final CommitteeFixtures.InMemoryApplications applications = new CommitteeFixtures.InMemoryApplications();
    private final CommitteeRecruitment recruitment = CommitteeFixtures.openRecruitment(SelectionMethod.SCORE);
    private final ApplicationIntake intake;

    SelectionTest() {
        recruitments.add(recruitment);
        intake = new ApplicationIntake(recruitments, applications, CommitteeFixtures.clockAt(CommitteeFixtures.DURING));
    }

    private Application eligible(String name, int... points) {
        Application application = intake.apply(recruitment.id(), CommitteeFixtures.draft(name, "1980-04-01")).application();
        application.recordEligibility(List.of());
        for (int i = 0; i < points.length; i++) {
            application.score(new Score("panel-" + i, points[i]));
        }
        return application;
    }

    @Test
    void ranks_by_average_score_and_keeps_the_earlier_application_first_on_a_tie() {
        Application first = eligible("一", 60, 80);
        Application second = eligible("二", 90, 90);
        Application third = eligible("三", 70, 70);

        assertThat(first.averageScore()).contains(new BigDecimal("70.00"));
        assertThat(Ranking.best(applications.stored, 2)).containsExactly(second.number(), first.number());
        assertThat(Ranking.passing(applications.stored, 70)).containsExactly(first.number(), second.number(), third.number());
        assertThat(Ranking.passing(applications.stored, 71)).containsExactly(second.number());
    }

    @Test
    void a_panel_member_scoring_again_replaces_the_score_and_only_eligible_applications_are_scored() {
        Application application = eligible("一", 10);
        application.score(new Score("panel-0", 50));

        assertThat(application.scores()).containsExactly(new Score("panel-0", 50));
        assertThatThrownBy(() -> new Score("panel-0", 101)).isInstanceOf(IllegalArgumentException.class);
        Application unchecked = intake.apply(recruitment.id(), CommitteeFixtures.draft("四", "1970-01-01")).application();
        assertThatThrownBy(() -> unchecked.score(new Score("panel-0", 50))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void composition_facts_count_the_sexes_and_whether_applicants_would_have_allowed_balance() {
        Committee committee = CommitteeFixtures.planCouncil();
        Term term = committee.termStarting(LocalDate.of(2026, 8, 1));
        List<Member> appointed = List.of(Member.appointed("学識 一", Sex.MALE, term), Member.appointed("団体 二", Sex.MALE, term),
                Member.appointed("団体 三", Sex.MALE, term));
        Application chosen = eligible("一", 80);

        CompositionFacts facts = CompositionFacts.of(committee, appointed, List.of(chosen), List.of(eligible("二", 50)));

        assertThat(facts).isEqualTo(new CompositionFacts(6, 25, 75, true, false, 40));
    }

    @Test
    void the_panel_sees_no_name_address_birth_date_or_email() {
        Application application = eligible("二本松 花子", 80);

        MaskedApplication masked = MaskedApplication.of(application, LocalDate.of(2026, 6, 30));

        assertThat(masked.toString()).doesNotContain("二本松 花子", "金色", "hanako@example.jp", "1980")
                .contains("40代", application.number().value());
    }

    @Test
    void a_committee_keeps_its_seats_and_terms() {
        Committee committee = CommitteeFixtures.planCouncil();
        Term term = committee.termStarting(LocalDate.of(2026, 8, 1));

        assertThat(term.endsOn()).isEqualTo(LocalDate.of(2028, 7, 31));
        assertThat(term.next(committee.termLength()).startsOn()).isEqualTo(LocalDate.of(2028, 8, 1));
        for (int i = 1; i <= 3; i++) {
            committee.appoint(Member.recruited("公募 " + i, Sex.FEMALE, term,
                    ApplicationNumber.of(jp.cityplan.domain.shared.FiscalYear.of(2026), i)));
        }
        assertThatThrownBy(() -> committee.appoint(Member.recruited("公募 4", Sex.MALE, term,
                ApplicationNumber.of(jp.cityplan.domain.shared.FiscalYear.of(2026), 4))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("public seat");
        assertThat(committee.membersOn(LocalDate.of(2027, 1, 1))).hasSize(3);
        assertThat(committee.currentTermEndsOn()).contains(LocalDate.of(2028, 7, 31));
        assertThat(committee.members().get(0).toString()).doesNotContain("公募");
    }
}
