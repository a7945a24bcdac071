package jp.cityplan.domain.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import jp.cityplan.domain.calendar.AnswerDeadlinePolicy;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * Receives a proposal: checks every field, issues the receipt number and the access secret, sets the answer due date
 * by the business calendar, and stores the case. Bad input changes nothing.
 */
public final class ProposalSubmission {

    private final CitizenProposals proposals;
    private final Supplier<ProposalRules> rules;
    private final AnswerDeadlinePolicy deadline;
    private final Clock clock;

    public ProposalSubmission(CitizenProposals proposals, Supplier<ProposalRules> rules, AnswerDeadlinePolicy deadline,
                              Clock clock) {
        this.proposals = Require.present(proposals, "proposals");
        this.rules = Require.present(rules, "rules");
        this.deadline = Require.present(deadline, "deadline policy");
        this.clock = Require.present(clock, "clock");
    }

    public Submitted submit(ProposalDraft draft) {
        CheckedSubmission submission = CheckedSubmission.check(Require.present(draft, "draft"), rules.get());
        Instant now = clock.instant();
        LocalDate receivedOn = now.atZone(CitizenProposal.CITY_ZONE).toLocalDate();
        ReceiptNumber receiptNumber = proposals.nextReceiptNumber(FiscalYear.containing(receivedOn));
        AccessSecret secret = AccessSecret.generate();
        CitizenProposal proposal = CitizenProposal.receive(receiptNumber, secret.hash(), submission, now,
                deadline.dueDate(receivedOn));
        proposals.add(proposal);
        return new Submitted(proposal, new SubmissionReceipt(receiptNumber, secret, proposal.answerDueOn()));
    }

    /** The stored case and what the citizen is told. */
    public record Submitted(CitizenProposal proposal, SubmissionReceipt receipt) {
    }
}
