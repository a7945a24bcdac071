package jp.cityplan.domain.proposal;

import static jp.cityplan.domain.proposal.ProposalFixtures.ANSWER_TEXT;
import static jp.cityplan.domain.proposal.ProposalFixtures.CLOCK;
import static jp.cityplan.domain.proposal.ProposalFixtures.DIVISION;
import static jp.cityplan.domain.proposal.ProposalFixtures.EARLIER_RECEIPT;
import static jp.cityplan.domain.proposal.ProposalFixtures.NOW;
import static jp.cityplan.domain.proposal.ProposalFixtures.PARK_VOLUNTEERS;
import static jp.cityplan.domain.proposal.ProposalFixtures.RECEIPT;
import static jp.cityplan.domain.proposal.ProposalFixtures.adoption;
import static jp.cityplan.domain.proposal.ProposalFixtures.completeDraft;
import static jp.cityplan.domain.proposal.ProposalFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Staff working on a case by its receipt number")
class ProposalCasesTest {

    private final InMemoryCitizenProposals proposals = new InMemoryCitizenProposals();
    private final ProposalCases cases = new ProposalCases(proposals, CLOCK);

    private void stored(CitizenProposal proposal) {
        proposals.add(proposal);
    }

    @Nested
    @DisplayName("each action")
    class Actions {

        @Test
        void accepting_stores_the_case_in_progress_with_its_divisions() {
            stored(received());

            cases.acceptForAnswer(RECEIPT, List.of(DIVISION));

            assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.IN_PROGRESS);
            assertThat(proposals.stored(RECEIPT).divisions()).containsExactly(DIVISION);
            assertThat(proposals.stored(RECEIPT).version()).isEqualTo(1);
        }

        @Test
        void keeping_as_input_stores_the_reason() {
            stored(received());

            cases.keepAsInput(RECEIPT, "連絡先がないため");

            assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.INPUT_ONLY);
            assertThat(proposals.stored(RECEIPT).decisionReason()).isEqualTo("連絡先がないため");
        }

        @Test
        void rejecting_stores_the_reason() {
            stored(received());

            cases.reject(RECEIPT, "市の業務外のため");

            assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.REJECTED);
            assertThat(proposals.stored(RECEIPT).decisionReason()).isEqualTo("市の業務外のため");
        }

        @Test
        void recording_the_answer_stores_it_as_sent_now() {
            stored(received());
            cases.acceptForAnswer(RECEIPT, List.of(DIVISION));

            cases.recordAnswer(RECEIPT, ANSWER_TEXT, AnswerDelivery.LETTER);

            ProposalSnapshot stored = proposals.stored(RECEIPT);
            assertThat(stored.state()).isEqualTo(ProposalState.ANSWERED);
            assertThat(stored.answer()).isEqualTo(new Answer(ANSWER_TEXT, AnswerDelivery.LETTER, NOW));
            assertThat(stored.version()).isEqualTo(2);
        }

        @Test
        void publishing_stores_the_date_and_makes_the_answer_public() {
            stored(received());
            cases.acceptForAnswer(RECEIPT, List.of(DIVISION));
            cases.recordAnswer(RECEIPT, ANSWER_TEXT, AnswerDelivery.EMAIL);

            cases.publish(RECEIPT);

            assertThat(proposals.stored(RECEIPT).publishedAt()).isEqualTo(NOW);
            assertThat(proposals.published(0, 10)).extracting(PublishedAnswer::receiptNumber).containsExactly(RECEIPT);
        }

        @Test
        void adopting_stores_the_initiatives_the_proposal_feeds() {
            stored(received());
            cases.acceptForAnswer(RECEIPT, List.of(DIVISION));

            cases.adopt(RECEIPT, adoption());

            assertThat(proposals.stored(RECEIPT).adoption()).isEqualTo(adoption());
            assertThat(proposals.countByInitiative()).containsExactly(entry(PARK_VOLUNTEERS, 1L));
        }

        @Test
        void the_masked_copy_is_the_stored_cases() {
            stored(received());

            assertThat(cases.masked(RECEIPT)).isEqualTo(received().masked());
        }
    }

    @Nested
    @DisplayName("merging")
    class Merging {

        @Test
        void a_duplicate_is_merged_into_an_original_that_exists() {
            stored(received(EARLIER_RECEIPT, completeDraft()));
            stored(received());

            cases.mergeInto(RECEIPT, EARLIER_RECEIPT);

            assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.MERGED);
            assertThat(proposals.stored(RECEIPT).mergedInto()).isEqualTo(EARLIER_RECEIPT);
            assertThat(proposals.stored(EARLIER_RECEIPT).state()).isEqualTo(ProposalState.RECEIVED);
        }

        @Test
        void is_refused_where_the_original_does_not_exist_and_nothing_changes() {
            stored(received());

            assertThatThrownBy(() -> cases.mergeInto(RECEIPT, EARLIER_RECEIPT))
                    .isInstanceOf(UnknownProposalException.class)
                    .hasMessageContaining(EARLIER_RECEIPT.value());
            assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.RECEIVED);
            assertThat(proposals.updates()).isZero();
        }

        @Test
        void is_refused_into_itself() {
            stored(received());

            assertThatThrownBy(() -> cases.mergeInto(RECEIPT, RECEIPT)).isInstanceOf(IllegalArgumentException.class);
            assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.RECEIVED);
        }
    }

    @Nested
    @DisplayName("refusals")
    class Refusals {

        @Test
        void an_unknown_receipt_number_is_reported_as_such() {
            assertThatThrownBy(() -> cases.get(RECEIPT))
                    .isInstanceOf(UnknownProposalException.class)
                    .hasMessage("no proposal P2026-00042");
            assertThatThrownBy(() -> cases.acceptForAnswer(RECEIPT, List.of(DIVISION)))
                    .isInstanceOf(UnknownProposalException.class);
        }

        @Test
        void an_action_the_state_does_not_allow_stores_nothing() {
            stored(received());
            cases.reject(RECEIPT, "営利目的のため");

            assertThatThrownBy(() -> cases.acceptForAnswer(RECEIPT, List.of(DIVISION)))
                    .isInstanceOf(ProposalStateException.class);
            assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.REJECTED);
            assertThat(proposals.stored(RECEIPT).version()).isEqualTo(1);
            assertThat(proposals.updates()).isEqualTo(1);
        }

        @Test
        void publishing_without_consent_stores_nothing() {
            stored(received(PublicationConsent.NONE));
            cases.acceptForAnswer(RECEIPT, List.of(DIVISION));
            cases.recordAnswer(RECEIPT, ANSWER_TEXT, AnswerDelivery.EMAIL);

            assertThatThrownBy(() -> cases.publish(RECEIPT)).isInstanceOf(ProposalStateException.class);
            assertThat(proposals.stored(RECEIPT).publishedAt()).isNull();
            assertThat(proposals.published(0, 10)).isEmpty();
        }
    }

    @Nested
    @DisplayName("two people changing one case")
    class Conflicts {

        @Test
        void the_second_of_two_readers_to_store_gets_a_conflict_and_the_first_change_stays() {
            stored(received());
            CitizenProposal first = proposals.find(RECEIPT).orElseThrow();
            CitizenProposal second = proposals.find(RECEIPT).orElseThrow();
            first.acceptForAnswer(List.of(DIVISION));
            second.reject("重複のため");
            proposals.update(first);

            assertThatThrownBy(() -> proposals.update(second))
                    .isInstanceOf(ProposalConflictException.class)
                    .hasMessageContaining(RECEIPT.value());
            assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.IN_PROGRESS);
        }

        @Test
        void a_case_read_after_a_change_is_stored_without_conflict() {
            stored(received());
            cases.acceptForAnswer(RECEIPT, List.of(DIVISION));
            CitizenProposal fresh = proposals.find(RECEIPT).orElseThrow();

            fresh.recordAnswer(ProposalFixtures.answer());
            proposals.update(fresh);

            assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.ANSWERED);
            assertThat(proposals.stored(RECEIPT).version()).isEqualTo(2);
        }

        @Test
        void an_action_on_a_case_someone_else_changed_meanwhile_surfaces_as_a_conflict() {
            stored(received());
            ProposalCases colleague = new ProposalCases(proposals, CLOCK);
            proposals.afterNextRead(() -> colleague.reject(RECEIPT, "重複のため"));

            assertThatThrownBy(() -> cases.acceptForAnswer(RECEIPT, List.of(DIVISION)))
                    .isInstanceOf(ProposalConflictException.class);
            ProposalSnapshot stored = proposals.stored(RECEIPT);
            assertThat(stored.state()).isEqualTo(ProposalState.REJECTED);
            assertThat(stored.divisions()).isEmpty();
            assertThat(stored.version()).isEqualTo(1);
        }

        @Test
        void a_citizen_withdrawing_while_staff_accept_the_case_gets_a_conflict() {
            stored(received());
            ProposalAccess citizen = new ProposalAccess(proposals, CLOCK);
            proposals.afterNextRead(() -> cases.acceptForAnswer(RECEIPT, List.of(DIVISION)));

            assertThatThrownBy(() -> citizen.withdraw(RECEIPT.value(), ProposalFixtures.SECRET.value()))
                    .isInstanceOf(ProposalConflictException.class);
            assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.IN_PROGRESS);
        }
    }
}
