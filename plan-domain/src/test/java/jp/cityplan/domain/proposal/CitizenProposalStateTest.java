package jp.cityplan.domain.proposal;

import static jp.cityplan.domain.proposal.ProposalFixtures.DIVISION;
import static jp.cityplan.domain.proposal.ProposalFixtures.EARLIER_RECEIPT;
import static jp.cityplan.domain.proposal.ProposalFixtures.NOW;
import static jp.cityplan.domain.proposal.ProposalFixtures.RECEIPT;
import static jp.cityplan.domain.proposal.ProposalFixtures.adoption;
import static jp.cityplan.domain.proposal.ProposalFixtures.answer;
import static jp.cityplan.domain.proposal.ProposalFixtures.inProgress;
import static jp.cityplan.domain.proposal.ProposalFixtures.inState;
import static jp.cityplan.domain.proposal.ProposalFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("What may happen to a proposal in each state")
class CitizenProposalStateTest {

    private static final Instant LATER = NOW.plusSeconds(86_400);

    @Nested
    @DisplayName("accepting it for an answer")
    class Accepting {

        @Test
        void a_received_proposal_goes_to_the_divisions_the_first_of_which_leads() {
            CitizenProposal proposal = received();

            proposal.acceptForAnswer(List.of(DIVISION, "観光課"));

            assertThat(proposal.state()).isEqualTo(ProposalState.IN_PROGRESS);
            assertThat(proposal.divisions()).containsExactly(DIVISION, "観光課");
        }

        @Test
        void needs_at_least_one_division() {
            CitizenProposal proposal = received();

            assertThatThrownBy(() -> proposal.acceptForAnswer(List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThat(proposal.state()).isEqualTo(ProposalState.RECEIVED);
        }

        @ParameterizedTest
        @EnumSource(value = ProposalState.class, mode = Mode.EXCLUDE, names = "RECEIVED")
        void is_refused_once_intake_has_decided(ProposalState state) {
            assertRefused(state, p -> p.acceptForAnswer(List.of(DIVISION)));
        }
    }

    @Nested
    @DisplayName("keeping it as input only (参考意見)")
    class KeepingAsInput {

        @Test
        void a_received_proposal_is_kept_with_or_without_a_reason() {
            CitizenProposal withReason = received();
            CitizenProposal withoutReason = received();

            withReason.keepAsInput("氏名・連絡先がないため");
            withoutReason.keepAsInput(null);

            assertThat(withReason.state()).isEqualTo(ProposalState.INPUT_ONLY);
            assertThat(withReason.snapshot().decisionReason()).isEqualTo("氏名・連絡先がないため");
            assertThat(withoutReason.state()).isEqualTo(ProposalState.INPUT_ONLY);
        }

        @ParameterizedTest
        @EnumSource(value = ProposalState.class, mode = Mode.EXCLUDE, names = "RECEIVED")
        void is_refused_once_intake_has_decided(ProposalState state) {
            assertRefused(state, p -> p.keepAsInput("参考意見"));
        }
    }

    @Nested
    @DisplayName("rejecting it")
    class Rejecting {

        @Test
        void a_received_proposal_is_rejected_with_its_reason() {
            CitizenProposal proposal = received();

            proposal.reject("誹謗中傷を含むため");

            assertThat(proposal.state()).isEqualTo(ProposalState.REJECTED);
            assertThat(proposal.snapshot().decisionReason()).isEqualTo("誹謗中傷を含むため");
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void needs_a_reason(String reason) {
            CitizenProposal proposal = received();

            assertThatThrownBy(() -> proposal.reject(reason))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("rejection reason");
            assertThat(proposal.state()).isEqualTo(ProposalState.RECEIVED);
        }

        @ParameterizedTest
        @EnumSource(value = ProposalState.class, mode = Mode.EXCLUDE, names = "RECEIVED")
        void is_refused_once_intake_has_decided(ProposalState state) {
            assertRefused(state, p -> p.reject("営利目的のため"));
        }
    }

    @Nested
    @DisplayName("merging it into an earlier one")
    class Merging {

        @Test
        void a_received_proposal_points_to_its_original() {
            CitizenProposal proposal = received();

            proposal.mergeInto(EARLIER_RECEIPT);

            assertThat(proposal.state()).isEqualTo(ProposalState.MERGED);
            assertThat(proposal.snapshot().mergedInto()).isEqualTo(EARLIER_RECEIPT);
        }

        @Test
        void is_refused_into_itself() {
            CitizenProposal proposal = received();

            assertThatThrownBy(() -> proposal.mergeInto(RECEIPT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("itself");
            assertThat(proposal.state()).isEqualTo(ProposalState.RECEIVED);
        }

        @Test
        void needs_an_original() {
            CitizenProposal proposal = received();

            assertThatThrownBy(() -> proposal.mergeInto(null)).isInstanceOf(IllegalArgumentException.class);
            assertThat(proposal.state()).isEqualTo(ProposalState.RECEIVED);
        }

        @ParameterizedTest
        @EnumSource(value = ProposalState.class, mode = Mode.EXCLUDE, names = "RECEIVED")
        void is_refused_once_intake_has_decided(ProposalState state) {
            assertRefused(state, p -> p.mergeInto(EARLIER_RECEIPT));
        }
    }

    @Nested
    @DisplayName("withdrawing it")
    class Withdrawing {

        @ParameterizedTest
        @EnumSource(value = ProposalState.class, names = {"RECEIVED", "IN_PROGRESS"})
        void is_possible_until_the_answer_is_sent(ProposalState state) {
            CitizenProposal proposal = inState(state);

            proposal.withdraw(LATER);

            assertThat(proposal.state()).isEqualTo(ProposalState.WITHDRAWN);
            assertThat(proposal.snapshot().withdrawnAt()).isEqualTo(LATER);
        }

        @ParameterizedTest
        @EnumSource(value = ProposalState.class, mode = Mode.EXCLUDE, names = {"RECEIVED", "IN_PROGRESS"})
        void is_refused_once_answered_or_closed(ProposalState state) {
            assertRefused(state, p -> p.withdraw(LATER));
        }
    }

    @Nested
    @DisplayName("recording the answer")
    class Answering {

        @Test
        void a_proposal_in_progress_is_answered_and_keeps_its_divisions() {
            CitizenProposal proposal = inProgress();

            proposal.recordAnswer(answer());

            assertThat(proposal.state()).isEqualTo(ProposalState.ANSWERED);
            assertThat(proposal.answer()).contains(answer());
            assertThat(proposal.divisions()).containsExactly(DIVISION);
        }

        @Test
        void needs_an_answer() {
            CitizenProposal proposal = inProgress();

            assertThatThrownBy(() -> proposal.recordAnswer(null)).isInstanceOf(IllegalArgumentException.class);
            assertThat(proposal.state()).isEqualTo(ProposalState.IN_PROGRESS);
        }

        @ParameterizedTest
        @EnumSource(value = ProposalState.class, mode = Mode.EXCLUDE, names = "IN_PROGRESS")
        void is_refused_unless_the_divisions_are_working_on_it(ProposalState state) {
            assertRefused(state, p -> p.recordAnswer(answer()));
        }

        @Test
        void an_answer_has_text_of_at_most_8000_characters() {
            assertThat(new Answer("あ".repeat(8000), AnswerDelivery.LETTER, NOW).text()).hasSize(8000);
            assertThatThrownBy(() -> new Answer("あ".repeat(8001), AnswerDelivery.LETTER, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Answer(" ", AnswerDelivery.LETTER, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("publishing it")
    class Publishing {

        @ParameterizedTest
        @EnumSource(value = PublicationConsent.class, names = {"ANONYMOUS", "WITH_SURNAME"})
        void an_answered_proposal_is_published_where_the_citizen_consented(PublicationConsent consent) {
            CitizenProposal proposal = inState(ProposalState.ANSWERED, received(consent));

            proposal.publish(LATER);

            assertThat(proposal.isPublished()).isTrue();
            assertThat(proposal.snapshot().publishedAt()).isEqualTo(LATER);
            assertThat(proposal.state()).isEqualTo(ProposalState.ANSWERED);
        }

        @Test
        void is_refused_without_the_citizens_consent() {
            CitizenProposal proposal = inState(ProposalState.ANSWERED, received(PublicationConsent.NONE));

            assertThatThrownBy(() -> proposal.publish(LATER))
                    .isInstanceOf(ProposalStateException.class)
                    .hasMessageContaining("consent");
            assertThat(proposal.isPublished()).isFalse();
        }

        @Test
        void is_refused_twice_and_keeps_the_first_date() {
            CitizenProposal proposal = inState(ProposalState.ANSWERED);
            proposal.publish(NOW);

            assertThatThrownBy(() -> proposal.publish(LATER))
                    .isInstanceOf(ProposalStateException.class)
                    .hasMessageContaining("twice");
            assertThat(proposal.snapshot().publishedAt()).isEqualTo(NOW);
        }

        @ParameterizedTest
        @EnumSource(value = ProposalState.class, mode = Mode.EXCLUDE, names = "ANSWERED")
        void is_refused_before_the_answer_is_sent(ProposalState state) {
            assertRefused(state, p -> p.publish(LATER));
            assertThat(inState(state).isPublished()).isFalse();
        }
    }

    @Nested
    @DisplayName("adopting it")
    class Adopting {

        @ParameterizedTest
        @EnumSource(value = ProposalState.class, names = {"IN_PROGRESS", "ANSWERED"})
        void a_proposal_in_progress_or_answered_is_linked_to_the_initiatives_it_feeds(ProposalState state) {
            CitizenProposal proposal = inState(state);

            proposal.adopt(adoption());

            assertThat(proposal.adoption()).contains(adoption());
            assertThat(proposal.state()).isEqualTo(state);
        }

        @Test
        void an_adoption_made_while_in_progress_survives_the_answer() {
            CitizenProposal proposal = inProgress();
            proposal.adopt(adoption());

            proposal.recordAnswer(answer());

            assertThat(proposal.adoption()).contains(adoption());
        }

        @ParameterizedTest
        @EnumSource(value = ProposalState.class, mode = Mode.EXCLUDE, names = {"IN_PROGRESS", "ANSWERED"})
        void is_refused_in_any_other_state(ProposalState state) {
            assertRefused(state, p -> p.adopt(adoption()));
        }

        @Test
        void an_adoption_names_an_initiative_a_cost_that_is_not_negative_and_a_period_in_order() {
            FiscalYear fy2027 = FiscalYear.of(2027);
            FiscalYear fy2026 = FiscalYear.of(2026);

            assertThat(new Adoption(List.of(ProposalFixtures.PARK_VOLUNTEERS), BigDecimal.ZERO, fy2027, fy2027)
                    .estimatedCostYen()).isZero();
            assertThatThrownBy(() -> new Adoption(List.of(), null, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Adoption(List.of(ProposalFixtures.PARK_VOLUNTEERS), new BigDecimal("-1"),
                    null, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Adoption(List.of(ProposalFixtures.PARK_VOLUNTEERS), null, fy2027, fy2026))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void only_received_and_in_progress_are_open_states() {
        assertThat(ProposalState.values()).filteredOn(state -> !state.isFinal())
                .containsExactly(ProposalState.RECEIVED, ProposalState.IN_PROGRESS);
    }

    /** The action is refused with the state named, and the case is left exactly as it was. */
    private static void assertRefused(ProposalState state, Consumer<CitizenProposal> action) {
        CitizenProposal proposal = inState(state);
        ProposalSnapshot before = proposal.snapshot();

        assertThatThrownBy(() -> action.accept(proposal))
                .isInstanceOf(ProposalStateException.class)
                .hasMessageContaining(RECEIPT.value())
                .satisfies(e -> assertThat(((ProposalStateException) e).state()).isEqualTo(state));
        assertThat(proposal.snapshot()).isEqualTo(before);
    }
}
