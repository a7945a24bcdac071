package jp.cityplan.domain.committee;

import static jp.cityplan.domain.committee.CommitteeFixtures.CLOSES_AT;
import static jp.cityplan.domain.committee.CommitteeFixtures.DURING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Receiving an application")
class ApplicationIntakeTest {

    private final CommitteeFixtures.InMemoryRecruitments recruitments = new CommitteeFixtures.InMemoryRecruitments();
    private final CommitteeFixtures.InMemoryApplications applications = new CommitteeFixtures.InMemoryApplications();
    private final CommitteeRecruitment recruitment = CommitteeFixtures.openRecruitment(SelectionMethod.SCORE);

    {
        recruitments.add(recruitment);
    }

    private ApplicationIntake intakeAt(Clock clock) {
        return new ApplicationIntake(recruitments, applications, clock);
    }

    private static FieldError only(InvalidApplicationException refused) {
        assertThat(refused.errors()).hasSize(1);
        return refused.errors().get(0);
    }

    @Test
    void issues_a_receipt_number_and_the_expected_result_date() {
        ApplicationIntake.Received received = intakeAt(CommitteeFixtures.clockAt(DURING))
                .apply(recruitment.id(), CommitteeFixtures.draft("二本松 花子", "1980-04-01"));

        assertThat(received.receipt().number().value()).isEqualTo("A2026-00001");
        assertThat(received.receipt().resultExpectedOn()).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(received.application().outcome()).isEqualTo(ApplicationOutcome.RECEIVED);
        assertThat(received.application().applicant().toString()).doesNotContain("二本松");
        assertThat(applications.stored).hasSize(1);
    }

    @Test
    void refuses_an_application_after_the_closing_time() {
        assertThatThrownBy(() -> intakeAt(CommitteeFixtures.clockAt(CLOSES_AT))
                .apply(recruitment.id(), CommitteeFixtures.draft("二本松 花子", "1980-04-01")))
                .isInstanceOfSatisfying(InvalidApplicationException.class, refused -> assertThat(only(refused))
                        .isEqualTo(FieldError.of("recruitment", FieldError.Reason.CLOSED)));
        assertThat(applications.stored).isEmpty();
    }

    @Test
    void refuses_a_second_application_by_the_same_person() {
        ApplicationIntake intake = intakeAt(CommitteeFixtures.clockAt(DURING));
        intake.apply(recruitment.id(), CommitteeFixtures.draft("二本松 花子", "1980-04-01"));

        assertThatThrownBy(() -> intake.apply(recruitment.id(), CommitteeFixtures.draft("二本松　花子", "1980-04-01")))
                .isInstanceOfSatisfying(InvalidApplicationException.class, refused -> assertThat(only(refused))
                        .isEqualTo(FieldError.of("name", FieldError.Reason.DUPLICATE)));
        assertThat(applications.stored).hasSize(1);
        intake.apply(recruitment.id(), CommitteeFixtures.draft("二本松 花子", "1990-04-01"));
        assertThat(applications.stored).hasSize(2);
    }

    @Test
    void refuses_an_essay_over_the_limit_naming_the_limit() {
        ApplicationDraft base = CommitteeFixtures.draft("二本松 花子", "1980-04-01");
        ApplicationDraft longEssay = new ApplicationDraft(base.name(), base.kana(), base.birthDate(), base.sex(),
                base.address(), base.email(), base.relation(), base.occupation(), base.position(), base.otherSeats(),
                base.reasons(), "あ".repeat(801));

        assertThatThrownBy(() -> intakeAt(CommitteeFixtures.clockAt(DURING)).apply(recruitment.id(), longEssay))
                .isInstanceOfSatisfying(InvalidApplicationException.class, refused -> assertThat(only(refused))
                        .isEqualTo(new FieldError("essay", FieldError.Reason.TOO_LONG, 800)));
        assertThat(ApplicationIntake.characterCount(" " + "あ".repeat(800) + "\n")).isEqualTo(800);
    }

    @Test
    void refuses_a_malformed_or_impossible_birth_date() {
        for (String wrong : List.of("1980/04/01", "1980-02-30", "2099-01-01", "昭和55年")) {
            assertThatThrownBy(() -> intakeAt(CommitteeFixtures.clockAt(DURING))
                    .apply(recruitment.id(), CommitteeFixtures.draft("二本松 花子", wrong)))
                    .as(wrong)
                    .isInstanceOfSatisfying(InvalidApplicationException.class, refused -> assertThat(only(refused))
                            .isEqualTo(FieldError.of("birthDate", FieldError.Reason.MALFORMED)));
        }
    }

    @Test
    void names_every_wrong_field_at_once() {
        ApplicationDraft empty = new ApplicationDraft(null, "yamada", "", "X", " ", "no-mail", "MARS", null, "KING",
                "-1", null, null);

        assertThatThrownBy(() -> intakeAt(CommitteeFixtures.clockAt(DURING)).apply(recruitment.id(), empty))
                .isInstanceOfSatisfying(InvalidApplicationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactly("name", "kana", "birthDate", "sex", "address",
                                "email", "relation", "occupation", "position", "otherSeats", "reasons", "essay"));
    }

    @Test
    void records_an_under_age_applicant_as_received_for_the_eligibility_table() {
        Application application = intakeAt(CommitteeFixtures.clockAt(DURING))
                .apply(recruitment.id(), CommitteeFixtures.draft("二本松 次郎", "2010-05-05")).application();

        assertThat(application.eligibilityFacts(recruitment.closingDay()).age()).isEqualTo(16);
        application.recordEligibility(List.of(new Ineligibility("UNDER_AGE", "18歳未満です。")));
        assertThat(application.outcome()).isEqualTo(ApplicationOutcome.INELIGIBLE);
        assertThat(application.ineligibilities()).extracting(Ineligibility::code).containsExactly("UNDER_AGE");
    }
}
