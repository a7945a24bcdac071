package jp.cityplan.app.application.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.InvalidSubmissionException;
import jp.cityplan.domain.proposal.ProposalAccess;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.workflow.proposal.ProposalProcessClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The intake with the whole app on an in-memory H2 database (Flyway schema, the real proposal and idempotency
 * adapters, real transactions). The process client is a mock: what matters here is that the case, the process start
 * and the key are one unit, and that a key yields one proposal however often and however concurrently it is sent.
 *
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:intake-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class ProposalIntakeTest {

    @Autowired
    ProposalIntake intake;

    @Autowired
    ProposalAccess access;

    @Autowired
    JdbcTemplate jdbc;

    @MockitoBean
    ProposalProcessClient process;

    @MockitoSpyBean
    IdempotencyKeys keys;

    @Test
    void the_same_key_twice_stores_one_proposal_and_answers_the_second_with_the_first_receipt_without_secret() {
        IdempotencyKey key = newKey();
        int before = proposals();

        SubmissionOutcome first = intake.submit(draft("駅前の駐輪場について"), Optional.of(key));
        SubmissionOutcome second = intake.submit(draft("駅前の駐輪場について"), Optional.of(key));

        assertThat(first.replayed()).isFalse();
        assertThat(first.secret()).isPresent();
        assertThat(second.replayed()).isTrue();
        assertThat(second.secret()).isEmpty();
        assertThat(second.receiptNumber()).isEqualTo(first.receiptNumber());
        assertThat(second.answerDueOn()).isEqualTo(first.answerDueOn());
        assertThat(proposals()).isEqualTo(before + 1);
        verify(process, times(1)).start(first.receiptNumber());
        assertThat(access.find(first.receiptNumber().value(), first.secret().orElseThrow().display()))
                .map(CitizenProposal::state).contains(ProposalState.RECEIVED);
    }

    @Test
    void the_same_key_with_another_request_is_refused_and_stores_nothing() {
        IdempotencyKey key = newKey();
        SubmissionOutcome first = intake.submit(draft("駅前の駐輪場について"), Optional.of(key));
        int before = proposals();

        assertThatThrownBy(() -> intake.submit(draft("公園のベンチについて"), Optional.of(key)))
                .isInstanceOf(IdempotencyKeyReusedException.class);

        assertThat(proposals()).isEqualTo(before);
        assertThat(intake.submit(draft("駅前の駐輪場について"), Optional.of(key)).receiptNumber())
                .isEqualTo(first.receiptNumber());
    }

    @Test
    void a_refused_submission_stores_neither_the_proposal_nor_the_key() {
        IdempotencyKey key = newKey();
        int before = proposals();

        assertThatThrownBy(() -> intake.submit(draft(""), Optional.of(key))).isInstanceOf(InvalidSubmissionException.class);

        assertThat(proposals()).isEqualTo(before);
        assertThat(keys.find(key)).isEmpty();
        SubmissionOutcome corrected = intake.submit(draft("駅前の駐輪場について"), Optional.of(key));
        assertThat(corrected.replayed()).isFalse();
        assertThat(corrected.secret()).isPresent();
    }

    @Test
    void a_failing_process_start_rolls_back_the_proposal_and_the_key() {
        IdempotencyKey key = newKey();
        int before = proposals();
        doThrow(new IllegalStateException("engine down")).when(process).start(any());

        assertThatThrownBy(() -> intake.submit(draft("駅前の駐輪場について"), Optional.of(key)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(proposals()).isEqualTo(before);
        assertThat(keys.find(key)).isEmpty();
    }

    @Test
    void without_a_key_every_submission_is_a_new_proposal() {
        int before = proposals();

        SubmissionOutcome first = intake.submit(draft("駅前の駐輪場について"), Optional.empty());
        SubmissionOutcome second = intake.submit(draft("駅前の駐輪場について"), Optional.empty());

        assertThat(second.receiptNumber()).isNotEqualTo(first.receiptNumber());
        assertThat(proposals()).isEqualTo(before + 2);
    }

    @Test
    void two_concurrent_submissions_with_the_same_key_store_one_proposal_and_both_get_its_receipt() throws Exception {
        IdempotencyKey key = newKey();
        int before = proposals();
        // the first to claim the key holds its transaction open a while, so that the other meets the claimed key
        doAnswer(invocation -> {
            Thread.sleep(500);
            return "process-instance";
        }).when(process).start(any());
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<SubmissionOutcome> submit = () -> {
            together.await(10, TimeUnit.SECONDS);
            return intake.submit(draft("駅前の駐輪場について"), Optional.of(key));
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<SubmissionOutcome> one = threads.submit(submit);
            Future<SubmissionOutcome> other = threads.submit(submit);
            List<SubmissionOutcome> outcomes = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));

            assertThat(outcomes).extracting(SubmissionOutcome::receiptNumber).containsOnly(outcomes.get(0).receiptNumber());
            assertThat(outcomes).extracting(SubmissionOutcome::replayed).containsExactlyInAnyOrder(false, true);
            assertThat(outcomes).filteredOn(SubmissionOutcome::replayed).allSatisfy(o -> assertThat(o.secret()).isEmpty());
            assertThat(proposals()).isEqualTo(before + 1);
            verify(process, times(1)).start(outcomes.get(0).receiptNumber());
            // both claimed the key: the race really happened, and the loser answered with the winner's receipt
            verify(keys, times(2)).claim(eq(key), any(), any());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_withdrawal_changes_the_case_and_ends_its_process() {
        SubmissionOutcome received = intake.submit(draft("駅前の駐輪場について"), Optional.empty());
        String secret = received.secret().orElseThrow().display();

        CitizenProposal withdrawn = intake.withdraw(received.receiptNumber().value(), secret.toLowerCase());

        assertThat(withdrawn.state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(access.find(received.receiptNumber().value(), secret)).map(CitizenProposal::state)
                .contains(ProposalState.WITHDRAWN);
        verify(process).withdraw(received.receiptNumber());
    }

    @Test
    void a_withdrawal_the_process_cannot_follow_changes_nothing() {
        SubmissionOutcome received = intake.submit(draft("駅前の駐輪場について"), Optional.empty());
        String secret = received.secret().orElseThrow().display();
        doThrow(new IllegalStateException("engine down")).when(process).withdraw(any(ReceiptNumber.class));

        assertThatThrownBy(() -> intake.withdraw(received.receiptNumber().value(), secret))
                .isInstanceOf(IllegalStateException.class);

        assertThat(access.find(received.receiptNumber().value(), secret)).map(CitizenProposal::state)
                .contains(ProposalState.RECEIVED);
    }

    @Test
    void a_wrong_secret_withdraws_nothing() {
        SubmissionOutcome received = intake.submit(draft("駅前の駐輪場について"), Optional.empty());

        assertThatThrownBy(() -> intake.withdraw(received.receiptNumber().value(), "WXYZ-WXYZ-WXYZ-WXYZ-WXYZ"))
                .isInstanceOf(jp.cityplan.domain.proposal.UnknownProposalException.class);
        verify(process, never()).withdraw(any());
    }

    private int proposals() {
        return jdbc.queryForObject("select count(*) from proposal_case", Integer.class);
    }

    private static IdempotencyKey newKey() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }

    private static ProposalDraft draft(String subject) {
        return new ProposalDraft(Channel.WEB_FORM, null, subject, "朝は満車です。台数を増やしてください。", "community",
                List.of(), "二本松", "花子", "油井", null, "hanako@example.jp", null, true, PublicationConsent.ANONYMOUS);
    }
}
