package jp.cityplan.app.application.proposal;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import jp.cityplan.domain.audit.Actor;
import jp.cityplan.domain.audit.AuditAction;
import jp.cityplan.domain.audit.AuditRecord;
import jp.cityplan.domain.audit.AuditTrail;
import jp.cityplan.domain.audit.CaseReference;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.ProposalAccess;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.ProposalSubmission;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.SubmissionReceipt;
import jp.cityplan.workflow.proposal.CitizenProposalProcess;
import jp.cityplan.workflow.proposal.ProposalProcessClient;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives citizens' proposals from the web (form and JSON API) and lets them withdraw them. Each call is one
 * transaction: the case, its process, the idempotency key and the audit record (by a citizen, never named there) are
 * stored together or not at all.
 *
 * <p>A submission with an idempotency key claims the key first. A second request with the same key gets the first
 * one's receipt number and due date ({@code replayed}, no secret: only its hash is kept); with a different content
 * it is refused ({@link IdempotencyKeyReusedException}). Where two requests with the same key arrive together, the
 * database lets one claim win; the loser's transaction is rolled back (PostgreSQL aborts a transaction on any
 * error, so it cannot go on) and the loser answers, in a new transaction, with the winner's receipt.
 */
@Slf4j
@Service
@Transactional
public class ProposalIntake {

    /** How often a loser of a race looks for the winner's receipt before it gives up. */
    static final int ATTEMPTS = 5;
    private static final long PAUSE_MILLIS = 100;

    private final ProposalSubmission submission;
    private final ProposalAccess access;
    private final ProposalProcessClient process;
    private final IdempotencyKeys keys;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public ProposalIntake(ProposalSubmission submission, ProposalAccess access, ProposalProcessClient process,
                          IdempotencyKeys keys, AuditTrail auditTrail, Clock clock,
                          PlatformTransactionManager transactionManager) {
        this.submission = submission;
        this.access = access;
        this.process = process;
        this.keys = keys;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Receives a proposal and starts its process, or answers a replay of one already received.
     *
     * @throws jp.cityplan.domain.proposal.InvalidSubmissionException where a field cannot be accepted
     * @throws IdempotencyKeyReusedException                          where the key came with another request before
     * @throws SubmissionInProgressException                          where the key's first request did not finish
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SubmissionOutcome submit(ProposalDraft draft, Optional<IdempotencyKey> idempotencyKey) {
        if (idempotencyKey.isEmpty()) {
            return inTransaction(() -> SubmissionOutcome.received(receive(draft)));
        }
        IdempotencyKey key = idempotencyKey.get();
        String requestHash = RequestFingerprint.of(draft);
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction(() -> submitOnce(draft, key, requestHash));
            } catch (IdempotencyKeyClaimedException lostRace) {
                log.info("submission with idempotency key {} met a concurrent one (attempt {})", key.value(), attempt);
                if (attempt == ATTEMPTS) {
                    throw new SubmissionInProgressException(key);
                }
                pause(attempt);
            }
        }
    }

    /** Withdraws the citizen's proposal and ends its process; unknown number or wrong secret: not found. */
    public CitizenProposal withdraw(String receiptNumber, String secret) {
        CitizenProposal proposal = access.withdraw(receiptNumber, secret);
        recordCitizen(proposal.receiptNumber(), AuditAction.CASE_WITHDRAWN);
        process.withdraw(proposal.receiptNumber());
        return proposal;
    }

    private SubmissionOutcome submitOnce(ProposalDraft draft, IdempotencyKey key, String requestHash) {
        Optional<RememberedSubmission> remembered = keys.find(key);
        if (remembered.isPresent()) {
            return replay(remembered.get(), key, requestHash);
        }
        keys.claim(key, requestHash, clock.instant());
        SubmissionReceipt receipt = receive(draft);
        keys.complete(key, receipt.receiptNumber(), receipt.answerDueOn());
        return SubmissionOutcome.received(receipt);
    }

    private SubmissionReceipt receive(ProposalDraft draft) {
        SubmissionReceipt receipt = submission.submit(draft).receipt();
        recordCitizen(receipt.receiptNumber(), AuditAction.CASE_SUBMITTED);
        process.start(receipt.receiptNumber());
        return receipt;
    }

    private void recordCitizen(ReceiptNumber receiptNumber, AuditAction action) {
        auditTrail.record(AuditRecord.of(new CaseReference(CitizenProposalProcess.PROCESS_ID, receiptNumber.value()),
                Actor.CITIZEN, action, clock.instant()));
    }

    private static SubmissionOutcome replay(RememberedSubmission remembered, IdempotencyKey key, String requestHash) {
        if (!remembered.requestHash().equals(requestHash)) {
            throw new IdempotencyKeyReusedException(key);
        }
        return SubmissionOutcome.replayOf(remembered);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(PAUSE_MILLIS * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a concurrent submission", interrupted);
        }
    }
}
