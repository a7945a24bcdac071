package jp.cityplan.domain.proposal;

import static jp.cityplan.domain.proposal.ProposalFixtures.ANSWER_TEXT;
import static jp.cityplan.domain.proposal.ProposalFixtures.CLOCK;
import static jp.cityplan.domain.proposal.ProposalFixtures.DIVISION;
import static jp.cityplan.domain.proposal.ProposalFixtures.NOW;
import static jp.cityplan.domain.proposal.ProposalFixtures.OTHER_SECRET;
import static jp.cityplan.domain.proposal.ProposalFixtures.RECEIPT;
import static jp.cityplan.domain.proposal.ProposalFixtures.SECRET;
import static jp.cityplan.domain.proposal.ProposalFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A citizen following their proposal with the receipt number and the secret")
class ProposalAccessTest {

    private final InMemoryCitizenProposals proposals = new InMemoryCitizenProposals();
    private final ProposalAccess access = new ProposalAccess(proposals, CLOCK);
    private final ProposalCases cases = new ProposalCases(proposals, CLOCK);

    @BeforeEach
    void a_proposal_is_stored() {
        proposals.add(received());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ABCDEFGHJKMNPQRSTUVW",
            "ABCD-EFGH-JKMN-PQRS-TUVW",
            "abcd efgh jkmn pqrs tuvw",
            " abcd-efgh-jkmn-pqrs-tuvw ",
            "abcd\u3000efgh\u3000jkmn\u3000pqrs\u3000tuvw",
            "AbCd\tEfGh\nJkMn-PqRs-TuVw"})
    void finds_the_case_with_the_right_secret_however_it_is_typed(String typed) {
        assertThat(access.find(RECEIPT.value(), typed)).map(CitizenProposal::receiptNumber).contains(RECEIPT);
    }

    @Test
    void finds_nothing_with_a_wrong_secret() {
        assertThat(access.find(RECEIPT.value(), OTHER_SECRET.value())).isEmpty();
    }

    @Test
    void finds_nothing_under_an_unknown_number_even_with_a_valid_secret() {
        assertThat(access.find("P2026-00043", SECRET.value())).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "P2026-42", "2026-00042", "P2026-00042; DROP TABLE"})
    void finds_nothing_under_a_malformed_number(String receiptNumber) {
        assertThat(access.find(receiptNumber, SECRET.value())).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ABCDEFGHJKMNPQRSTUV", "ABCDEFGHJKMNPQRSTUVWX", "0BCDEFGHJKMNPQRSTUVW"})
    void finds_nothing_with_a_secret_of_the_wrong_form(String secret) {
        assertThat(access.find(RECEIPT.value(), secret)).isEmpty();
    }

    @Test
    void withdrawing_changes_the_state_and_stores_it() {
        CitizenProposal withdrawn = access.withdraw(RECEIPT.value(), "abcd-efgh-jkmn-pqrs-tuvw");

        assertThat(withdrawn.state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(proposals.stored(RECEIPT).withdrawnAt()).isEqualTo(NOW);
    }

    @Test
    void withdrawing_a_case_the_divisions_are_working_on_is_still_possible() {
        cases.acceptForAnswer(RECEIPT, List.of(DIVISION));

        access.withdraw(RECEIPT.value(), SECRET.value());

        assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.WITHDRAWN);
    }

    @Test
    void withdrawing_after_the_answer_was_sent_is_refused_and_the_answer_stays() {
        cases.acceptForAnswer(RECEIPT, List.of(DIVISION));
        cases.recordAnswer(RECEIPT, ANSWER_TEXT, AnswerDelivery.EMAIL);

        assertThatThrownBy(() -> access.withdraw(RECEIPT.value(), SECRET.value()))
                .isInstanceOf(ProposalStateException.class);
        assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.ANSWERED);
        assertThat(proposals.stored(RECEIPT).withdrawnAt()).isNull();
    }

    @Test
    void withdrawing_with_a_wrong_secret_looks_the_same_as_an_unknown_number_and_changes_nothing() {
        Throwable wrongSecret = catchThrowable(() -> access.withdraw(RECEIPT.value(), OTHER_SECRET.value()));
        Throwable unknown = catchThrowable(() -> access.withdraw("P2026-00043", SECRET.value()));

        assertThat(wrongSecret).isInstanceOf(UnknownProposalException.class).hasMessage("no proposal P2026-00042");
        assertThat(unknown).isInstanceOf(UnknownProposalException.class).hasMessage("no proposal P2026-00043");
        assertThat(proposals.stored(RECEIPT).state()).isEqualTo(ProposalState.RECEIVED);
        assertThat(proposals.updates()).isZero();
    }
}
