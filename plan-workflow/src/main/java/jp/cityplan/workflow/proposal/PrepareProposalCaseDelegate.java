package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.ANSWER_DELIVERY;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.ANSWER_DUE_DATE;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.CATEGORY;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.CHANNEL;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.EXPECTS_ANSWER;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.FINAL_APPROVER_GROUP;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.INITIATIVE_APPROACH;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.MASKED_TEXT;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.PUBLICATION_CONSENTED;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.REMINDER_DATE;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.SUBJECT;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.WANTS_ANSWER;
import static jp.cityplan.workflow.proposal.CitizenProposalVariables.cityTime;

import java.time.LocalDate;
import jp.cityplan.domain.calendar.AnswerDeadlinePolicy;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.MaskedProposal;
import jp.cityplan.domain.proposal.PersonalDataMask;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ProposalSnapshot;
import jp.cityplan.domain.proposal.PublicationConsent;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 案件を準備する: loads the case once and sets what the process routes on, from the masked copy only (subject and
 * text with e-mail addresses, phone numbers and postal codes masked): category, first initiative's approach, channel,
 * the answer wishes, consent to publication, the delivery channel, the due date and reminder date-times and the
 * final approver group.
 */
@Component("prepareProposalCaseDelegate")
public class PrepareProposalCaseDelegate implements JavaDelegate {

    private final ProposalCases cases;
    private final AnswerDeadlinePolicy deadline;
    private final ProposalProcessSettings settings;

    public PrepareProposalCaseDelegate(ProposalCases cases, AnswerDeadlinePolicy deadline,
                                       ProposalProcessSettings settings) {
        this.cases = cases;
        this.deadline = deadline;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CitizenProposal proposal = cases.get(CitizenProposalVariables.receiptNumber(execution));
        MaskedProposal masked = proposal.masked();
        ProposalSnapshot snapshot = proposal.snapshot();
        execution.setVariable(CATEGORY, masked.category());
        execution.setVariable(INITIATIVE_APPROACH, masked.initiatives().isEmpty()
                ? "" : masked.initiatives().get(0).approach().value());
        execution.setVariable(CHANNEL, masked.channel().name());
        execution.setVariable(WANTS_ANSWER, snapshot.wantsAnswer());
        execution.setVariable(EXPECTS_ANSWER, proposal.expectsAnswer());
        execution.setVariable(PUBLICATION_CONSENTED, snapshot.publicationConsent() != PublicationConsent.NONE);
        // MaskedProposal keeps the subject as typed; a subject may hold an address or number too
        execution.setVariable(SUBJECT, PersonalDataMask.mask(masked.subject()));
        execution.setVariable(MASKED_TEXT, masked.text());
        execution.setVariable(ANSWER_DELIVERY, proposal.deliveryChannel().name());
        LocalDate dueOn = masked.answerDueOn();
        execution.setVariable(ANSWER_DUE_DATE, cityTime(dueOn, settings.answerDueTime()));
        execution.setVariable(REMINDER_DATE, cityTime(
                deadline.reminderDate(dueOn, settings.reminderBusinessDaysBefore()), settings.reminderTime()));
        execution.setVariable(FINAL_APPROVER_GROUP, settings.finalApproverGroup());
    }
}
