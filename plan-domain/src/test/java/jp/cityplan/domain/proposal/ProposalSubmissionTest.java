package jp.cityplan.domain.proposal;

import static jp.cityplan.domain.proposal.ProposalFixtures.AREA;
import static jp.cityplan.domain.proposal.ProposalFixtures.CLOCK;
import static jp.cityplan.domain.proposal.ProposalFixtures.DUE_AFTER_GOLDEN_WEEK;
import static jp.cityplan.domain.proposal.ProposalFixtures.EMAIL;
import static jp.cityplan.domain.proposal.ProposalFixtures.FAMILY_NAME;
import static jp.cityplan.domain.proposal.ProposalFixtures.FIRST_RECEIPT;
import static jp.cityplan.domain.proposal.ProposalFixtures.GIVEN_NAME;
import static jp.cityplan.domain.proposal.ProposalFixtures.NOW;
import static jp.cityplan.domain.proposal.ProposalFixtures.PARK_VOLUNTEERS;
import static jp.cityplan.domain.proposal.ProposalFixtures.PHONE;
import static jp.cityplan.domain.proposal.ProposalFixtures.POSTAL_ADDRESS;
import static jp.cityplan.domain.proposal.ProposalFixtures.SUBJECT;
import static jp.cityplan.domain.proposal.ProposalFixtures.TEXT;
import static jp.cityplan.domain.proposal.ProposalFixtures.TODAY;
import static jp.cityplan.domain.proposal.ProposalFixtures.TOWN_PLANNING;
import static jp.cityplan.domain.proposal.ProposalFixtures.anonymousDraft;
import static jp.cityplan.domain.proposal.ProposalFixtures.clockAt;
import static jp.cityplan.domain.proposal.ProposalFixtures.completeDraft;
import static jp.cityplan.domain.proposal.ProposalFixtures.deadline;
import static jp.cityplan.domain.proposal.ProposalFixtures.draft;
import static jp.cityplan.domain.proposal.ProposalFixtures.initiativeCodes;
import static jp.cityplan.domain.proposal.ProposalFixtures.repeat;
import static jp.cityplan.domain.proposal.ProposalFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.ProposalSubmission.Submitted;
import jp.cityplan.domain.proposal.Violation.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Submitting a citizen proposal")
class ProposalSubmissionTest {

    private final InMemoryCitizenProposals proposals = new InMemoryCitizenProposals();
    private final ProposalSubmission submission = submissionAt(CLOCK);
    private final ProposalAccess access = new ProposalAccess(proposals, CLOCK);

    private ProposalSubmission submissionAt(Clock clock) {
        return new ProposalSubmission(proposals, ProposalFixtures::rules, deadline(), clock);
    }

    @Nested
    @DisplayName("a complete web draft")
    class CompleteDraft {

        @Test
        void is_stored_as_received_under_the_first_receipt_number_of_the_fiscal_year() {
            Submitted submitted = submission.submit(completeDraft());

            assertThat(submitted.receipt().receiptNumber()).isEqualTo(FIRST_RECEIPT);
            assertThat(submitted.receipt().receiptNumber().value()).isEqualTo("P2026-00001");
            ProposalSnapshot stored = proposals.stored(FIRST_RECEIPT);
            assertThat(stored.state()).isEqualTo(ProposalState.RECEIVED);
            assertThat(stored.channel()).isEqualTo(Channel.WEB_FORM);
            assertThat(stored.subject()).isEqualTo(SUBJECT);
            assertThat(stored.text()).isEqualTo(TEXT);
            assertThat(stored.category()).isEqualTo(TOWN_PLANNING);
            assertThat(stored.initiatives()).containsExactly(PARK_VOLUNTEERS);
            assertThat(stored.contact()).isEqualTo(
                    new Contact(FAMILY_NAME, GIVEN_NAME, AREA, POSTAL_ADDRESS, EMAIL, PHONE));
            assertThat(stored.wantsAnswer()).isTrue();
            assertThat(stored.publicationConsent()).isEqualTo(PublicationConsent.WITH_SURNAME);
            assertThat(stored.receivedAt()).isEqualTo(NOW);
            assertThat(stored.version()).isZero();
            assertThat(submitted.proposal().receivedOn()).isEqualTo(TODAY);
            assertThat(proposals.adds()).isEqualTo(1);
        }

        @Test
        void the_next_draft_gets_the_next_running_number() {
            submission.submit(completeDraft());

            Submitted second = submission.submit(completeDraft());

            assertThat(second.receipt().receiptNumber()).hasToString("P2026-00002");
            assertThat(proposals.size()).isEqualTo(2);
        }

        @Test
        void is_due_fourteen_business_days_later_by_the_japanese_calendar_across_golden_week() {
            Submitted submitted = submission.submit(completeDraft());

            // 4/29 昭和の日, 5/2-5/3 weekend, 5/4-5/5 holidays, 5/6 振替休日 for 5/3 falling on a Sunday
            assertThat(submitted.receipt().answerDueOn()).isEqualTo(DUE_AFTER_GOLDEN_WEEK).isEqualTo("2026-05-22");
            assertThat(proposals.stored(FIRST_RECEIPT).answerDueOn()).isEqualTo(DUE_AFTER_GOLDEN_WEEK);
        }

        @Test
        void is_due_after_the_year_end_closure_and_coming_of_age_day() {
            Submitted submitted = submissionAt(clockAt(LocalDateTime.of(2026, 12, 25, 16, 0))).submit(completeDraft());

            // 12/28 is day 1; 12/29-1/3 closed; 1/11 成人の日
            assertThat(submitted.receipt().answerDueOn()).isEqualTo(LocalDate.of(2027, 1, 21));
        }

        @Test
        void gives_the_citizen_a_secret_that_opens_the_case() {
            Submitted submitted = submission.submit(completeDraft());
            AccessSecret secret = submitted.receipt().secret();

            assertThat(access.find("P2026-00001", secret.value())).map(CitizenProposal::receiptNumber)
                    .contains(FIRST_RECEIPT);
            assertThat(access.find("P2026-00001", secret.display())).isPresent();
        }

        @Test
        void stores_only_the_hash_of_the_secret() {
            Submitted submitted = submission.submit(completeDraft());
            AccessSecret secret = submitted.receipt().secret();
            ProposalSnapshot stored = proposals.stored(FIRST_RECEIPT);

            assertThat(stored.secretHash()).isEqualTo(secret.hash());
            assertThat(stored.secretHash().value()).doesNotContain(secret.value());
            assertThat(everyValueIn(stored)).isNotEmpty()
                    .allSatisfy(value -> assertThat(String.valueOf(value))
                            .doesNotContain(secret.value())
                            .doesNotContain(secret.display()));
        }

        @Test
        void leaks_neither_secret_nor_personal_data_through_to_string() {
            ProposalDraft draft = completeDraft();
            Submitted submitted = submission.submit(draft);
            AccessSecret secret = submitted.receipt().secret();

            List<String> printed = List.of(secret.toString(), submitted.receipt().toString(), draft.toString(),
                    submitted.proposal().contact().toString(), submitted.proposal().toString(),
                    submitted.proposal().snapshot().toString(), submitted.toString(),
                    CheckedSubmission.check(draft, rules()).toString());
            assertThat(printed).allSatisfy(text -> assertThat(text)
                    .doesNotContain(secret.value(), secret.display(), FAMILY_NAME, GIVEN_NAME, POSTAL_ADDRESS, EMAIL,
                            PHONE, AREA, SUBJECT, TEXT));
        }

        @Test
        void keeps_markup_verbatim_as_text() {
            String markup = "<script>alert(1)</script> & <b>太字</b> \"引用\" '単引用'";

            submission.submit(draft().subject("<img src=x onerror=alert(1)>").text(markup).build());

            assertThat(proposals.stored(FIRST_RECEIPT).text()).isEqualTo(markup);
            assertThat(proposals.stored(FIRST_RECEIPT).subject()).isEqualTo("<img src=x onerror=alert(1)>");
        }

        @Test
        void keeps_line_breaks_and_tabs_in_the_text() {
            String text = "一つ目の提案\r\n二つ目の提案\n\t以上";

            submission.submit(draft().text(text).build());

            assertThat(proposals.stored(FIRST_RECEIPT).text()).isEqualTo(text);
        }

        @Test
        void strips_surrounding_blanks_and_turns_blank_optional_fields_into_absent_ones() {
            submission.submit(draft().subject("  " + SUBJECT + "\u3000").givenName("   ").phone("").build());

            ProposalSnapshot stored = proposals.stored(FIRST_RECEIPT);
            assertThat(stored.subject()).isEqualTo(SUBJECT);
            assertThat(stored.contact().givenName()).isNull();
            assertThat(stored.contact().phone()).isNull();
        }

        @Test
        void accepts_a_phone_number_typed_in_full_width_digits_and_stores_it_in_half_width() {
            submission.submit(draft().phone("０２４３－５５－１２３４").build());

            assertThat(proposals.stored(FIRST_RECEIPT).contact().phone()).isEqualTo(PHONE);
        }

        @Test
        void counts_characters_not_utf16_units_so_a_name_with_a_rare_kanji_fits() {
            String hundredRareKanji = repeat("𠮷", 100);

            submission.submit(draft().familyName("𠮷田").subject(hundredRareKanji).build());

            assertThat(proposals.stored(FIRST_RECEIPT).subject()).isEqualTo(hundredRareKanji);
            assertThat(proposals.stored(FIRST_RECEIPT).contact().familyName()).isEqualTo("𠮷田");
        }

        @Test
        void lists_each_initiative_once() {
            submission.submit(draft().initiatives(List.of("2-1.6", " 2-1.6 ", "1-3.2", "")).build());

            assertThat(proposals.stored(FIRST_RECEIPT).initiatives())
                    .containsExactly(PARK_VOLUNTEERS, new InitiativeCode("1-3.2"));
        }

        @Test
        void may_name_up_to_ten_initiatives() {
            submission.submit(draft().initiatives(initiativeCodes(10)).build());

            assertThat(proposals.stored(FIRST_RECEIPT).initiatives()).hasSize(10);
        }

        @Test
        void is_taken_as_a_web_form_when_no_channel_is_given() {
            submission.submit(draft().channel(null).build());

            assertThat(proposals.stored(FIRST_RECEIPT).channel()).isEqualTo(Channel.WEB_FORM);
        }
    }

    @Nested
    @DisplayName("other drafts")
    class OtherDrafts {

        @Test
        void an_anonymous_draft_without_contact_is_accepted_and_expects_no_answer() {
            Submitted submitted = submission.submit(anonymousDraft());

            assertThat(proposals.stored(FIRST_RECEIPT).contact()).isEqualTo(Contact.ANONYMOUS);
            assertThat(submitted.proposal().contact().isAnonymous()).isTrue();
            assertThat(submitted.proposal().expectsAnswer()).isFalse();
            assertThat(submitted.proposal().state()).isEqualTo(ProposalState.RECEIVED);
        }

        @Test
        void an_anonymous_draft_that_asks_for_an_answer_still_cannot_be_answered() {
            Submitted submitted = submission.submit(draft().familyName(null).givenName(null).email(null)
                    .postalAddress(null).phone(null).wantsAnswer(true).build());

            assertThat(submitted.proposal().expectsAnswer()).isFalse();
        }

        @Test
        void a_name_with_a_postal_address_is_answered_by_letter() {
            Submitted submitted = submission.submit(draft().email(null).build());

            assertThat(submitted.proposal().expectsAnswer()).isTrue();
            assertThat(submitted.proposal().deliveryChannel()).isEqualTo(AnswerDelivery.LETTER);
        }

        @Test
        void an_e_mail_address_is_answered_by_e_mail() {
            Submitted submitted = submission.submit(draft().postalAddress(null).build());

            assertThat(submitted.proposal().expectsAnswer()).isTrue();
            assertThat(submitted.proposal().deliveryChannel()).isEqualTo(AnswerDelivery.EMAIL);
        }

        @Test
        void a_paper_form_from_a_proposal_box_records_the_office_it_came_from() {
            submission.submit(draft().channel(Channel.PROPOSAL_BOX).intakeOffice("東和支所").build());

            assertThat(proposals.stored(FIRST_RECEIPT).channel()).isEqualTo(Channel.PROPOSAL_BOX);
            assertThat(proposals.stored(FIRST_RECEIPT).intakeOffice()).isEqualTo("東和支所");
        }

        @Test
        void a_proposal_without_publication_consent_is_stored_as_not_to_be_published() {
            submission.submit(draft().consent(null).build());

            assertThat(proposals.stored(FIRST_RECEIPT).publicationConsent()).isEqualTo(PublicationConsent.NONE);
        }
    }

    @Nested
    @DisplayName("the fiscal year of the receipt number")
    class FiscalYearBoundary {

        @Test
        void a_draft_on_the_last_day_of_march_belongs_to_the_fiscal_year_before() {
            Submitted submitted = submissionAt(clockAt(LocalDateTime.of(2027, 3, 31, 23, 59))).submit(completeDraft());

            assertThat(submitted.receipt().receiptNumber()).hasToString("P2026-00001");
        }

        @Test
        void a_draft_on_april_first_in_japan_opens_the_new_fiscal_year_even_while_it_is_still_march_in_utc() {
            submissionAt(clockAt(LocalDateTime.of(2027, 3, 31, 23, 59))).submit(completeDraft());

            Submitted submitted = submissionAt(clockAt(LocalDateTime.of(2027, 4, 1, 8, 0))).submit(completeDraft());

            assertThat(submitted.receipt().receiptNumber()).hasToString("P2027-00001");
            assertThat(submitted.proposal().receivedOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        }
    }

    @Nested
    @DisplayName("a draft with bad fields")
    class BadDrafts {

        @Test
        void reports_every_bad_field_at_once() {
            ProposalDraft bad = draft()
                    .channel(Channel.PROPOSAL_BOX).intakeOffice(null)
                    .subject(repeat("あ", 101))
                    .text(repeat("い", 4001))
                    .category("観光")
                    .initiatives(List.of("1-1", "9-9.9"))
                    .familyName("安\u0007達")
                    .email("taro@@example")
                    .phone("03-12")
                    .build();

            InvalidSubmissionException refused = refusal(bad);

            assertThat(refused.violations()).containsExactlyInAnyOrder(
                    Violation.of("intakeOffice", Reason.REQUIRED),
                    new Violation("subject", Reason.TOO_LONG, 100),
                    new Violation("text", Reason.TOO_LONG, 4000),
                    Violation.of("category", Reason.UNKNOWN),
                    Violation.of("initiatives", Reason.MALFORMED),
                    Violation.of("initiatives", Reason.UNKNOWN),
                    Violation.of("familyName", Reason.CONTROL_CHARACTERS),
                    Violation.of("email", Reason.MALFORMED),
                    Violation.of("phone", Reason.MALFORMED));
            assertNothingStored();
        }

        @Test
        void reports_a_missing_subject_text_and_category() {
            InvalidSubmissionException refused = refusal(draft().subject(null).text(" \n ").category("").build());

            assertThat(refused.violations()).containsExactlyInAnyOrder(
                    Violation.of("subject", Reason.REQUIRED),
                    Violation.of("text", Reason.REQUIRED),
                    Violation.of("category", Reason.REQUIRED));
            assertNothingStored();
        }

        @Test
        void accepts_the_longest_subject_and_text_but_not_one_character_more() {
            submission.submit(draft().subject(repeat("あ", 100)).text(repeat("い", 4000)).build());

            assertThat(proposals.size()).isEqualTo(1);
            assertThat(refusal(draft().subject(repeat("あ", 101)).build()).violations())
                    .containsExactly(new Violation("subject", Reason.TOO_LONG, 100));
        }

        @Test
        void refuses_control_characters_inside_a_field() {
            InvalidSubmissionException refused = refusal(draft().subject("道路\u0000補修").text("本文\u001b[31m").build());

            assertThat(refused.violations()).containsExactlyInAnyOrder(
                    Violation.of("subject", Reason.CONTROL_CHARACTERS),
                    Violation.of("text", Reason.CONTROL_CHARACTERS));
        }

        @Test
        void refuses_more_than_ten_initiatives() {
            InvalidSubmissionException refused = refusal(draft().initiatives(initiativeCodes(11)).build());

            assertThat(refused.violations()).containsExactly(new Violation("initiatives", Reason.TOO_MANY, 10));
            assertNothingStored();
        }

        @Test
        void a_web_form_may_leave_the_intake_office_out_but_a_proposal_box_form_may_not() {
            submission.submit(draft().channel(Channel.WEB_FORM).intakeOffice(null).build());

            assertThat(proposals.size()).isEqualTo(1);
            assertThat(refusal(draft().channel(Channel.PROPOSAL_BOX).intakeOffice(" ").build()).violations())
                    .containsExactly(Violation.of("intakeOffice", Reason.REQUIRED));
        }

        @Test
        void names_fields_and_reasons_but_never_the_values_typed() {
            String badEmail = "taro.adachi@@example.jp";

            InvalidSubmissionException refused = refusal(draft().email(badEmail).build());

            assertThat(refused).hasMessage("submission refused: email MALFORMED");
            assertThat(refused.violations()).allSatisfy(v -> assertThat(v.toString()).doesNotContain(badEmail));
        }

        @Test
        void uses_no_receipt_number_so_the_next_good_draft_gets_the_first_one() {
            refusal(draft().subject(null).build());

            Submitted submitted = submission.submit(completeDraft());

            assertThat(submitted.receipt().receiptNumber()).isEqualTo(FIRST_RECEIPT);
        }

        private InvalidSubmissionException refusal(ProposalDraft draft) {
            InvalidSubmissionException refused =
                    catchThrowableOfType(() -> submission.submit(draft), InvalidSubmissionException.class);
            assertThat(refused).as("the draft is refused").isNotNull();
            return refused;
        }

        private void assertNothingStored() {
            assertThat(proposals.size()).isZero();
            assertThat(proposals.adds()).isZero();
        }
    }

    /** Every value in a record, nested records and lists included. */
    private static List<Object> everyValueIn(Object value) {
        List<Object> values = new ArrayList<>();
        collect(value, values);
        return values;
    }

    private static void collect(Object value, List<Object> into) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(element -> collect(element, into));
        } else if (value.getClass().isRecord()) {
            Arrays.stream(value.getClass().getRecordComponents()).forEach(c -> collect(read(c, value), into));
        } else {
            into.add(value);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
