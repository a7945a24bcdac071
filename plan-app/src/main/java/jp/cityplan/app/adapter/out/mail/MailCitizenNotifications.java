package jp.cityplan.app.adapter.out.mail;

import jp.cityplan.domain.shared.JapaneseDates;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.cityplan.domain.proposal.Answer;
import jp.cityplan.domain.proposal.CitizenNotifications;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.PersonalDataMask;
import jp.cityplan.domain.proposal.ProposalSnapshot;
import jp.cityplan.domain.proposal.ProposalState;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Tells the citizen by e-mail, where the case has an address; a case without one gets nothing (the process sends a
 * letter instead where an answer is due). The access secret is never in a message: the case holds its hash only.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class MailCitizenNotifications implements CitizenNotifications {

    private final ProposalMailer mailer;
    private final ProposalMailSettings settings;

    /** 受付確認: the receipt number, the expected answer date where an answer is expected, and the status page. */
    @Override
    public void confirmReceipt(CitizenProposal proposal) {
        Map<String, Object> variables = caseVariables(proposal);
        variables.put("receivedOn", JapaneseDates.formatWithDayOfWeek(proposal.receivedOn()));
        variables.put("receivedOnIso", proposal.receivedOn().toString());
        variables.put("expectsAnswer", proposal.expectsAnswer());
        variables.put("answerDueOn", JapaneseDates.formatWithDayOfWeek(proposal.answerDueOn()));
        variables.put("answerDueOnIso", proposal.answerDueOn().toString());
        send(MailKind.RECEIPT_CONFIRMATION, proposal, variables);
    }

    /** 回答: the approved answer, as recorded on the case. */
    @Override
    public void sendAnswer(CitizenProposal proposal) {
        Answer answer = proposal.answer().orElseThrow(() -> new IllegalStateException(
                "proposal " + proposal.receiptNumber() + " has no answer to send"));
        Map<String, Object> variables = caseVariables(proposal);
        variables.put("answerText", answer.text());
        send(MailKind.ANSWER, proposal, variables);
    }

    /** The proposal was not accepted: the reason intake recorded. */
    @Override
    public void tellRejected(CitizenProposal proposal) {
        ProposalSnapshot snapshot = proposal.snapshot();
        if (snapshot.state() != ProposalState.REJECTED || snapshot.decisionReason() == null) {
            throw new IllegalStateException("proposal " + proposal.receiptNumber() + " is " + snapshot.state()
                    + ", not rejected with a reason");
        }
        Map<String, Object> variables = caseVariables(proposal);
        variables.put("reason", snapshot.decisionReason());
        send(MailKind.REJECTION, proposal, variables);
    }

    private void send(MailKind kind, CitizenProposal proposal, Map<String, Object> variables) {
        proposal.contact().emailAddress().ifPresentOrElse(
                address -> mailer.send(kind, proposal.receiptNumber(), List.of(address), variables),
                () -> log.debug("Proposal {} has no e-mail address: no {} sent", proposal.receiptNumber(), kind));
    }

    private Map<String, Object> caseVariables(CitizenProposal proposal) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("subject", PersonalDataMask.mask(proposal.snapshot().subject()));
        variables.put("statusUrl", UriComponentsBuilder.fromUri(settings.statusPage())
                .queryParam("receiptNumber", proposal.receiptNumber().value()).build().toUriString());
        return variables;
    }
}
