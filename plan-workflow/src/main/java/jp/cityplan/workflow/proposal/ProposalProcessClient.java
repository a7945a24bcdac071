package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.MESSAGE_SUBMITTED;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.MESSAGE_WITHDRAWN;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.PROCESS_ID;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.RECEIPT_NUMBER;

import java.util.List;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The app's one way into the process {@code citizen-proposal}: it owns the RuntimeService calls. The business key is
 * the receipt number; the only variable passed is the receipt number itself.
 */
@Component
public class ProposalProcessClient {

    private static final Logger LOG = LoggerFactory.getLogger(ProposalProcessClient.class);

    private final RuntimeService runtimeService;

    public ProposalProcessClient(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Starts the process for a proposal the domain has just stored (web form or API). Starting again for the same
     * receipt number returns the running instance instead of a second one.
     *
     * @return the process instance id
     */
    public String start(ReceiptNumber receiptNumber) {
        ProcessInstance running = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(receiptNumber.value())
                .singleResult();
        if (running != null) {
            return running.getId();
        }
        ProcessInstance started = runtimeService.createMessageCorrelation(MESSAGE_SUBMITTED)
                .processInstanceBusinessKey(receiptNumber.value())
                .setVariable(RECEIPT_NUMBER, receiptNumber.value())
                .correlateStartMessage();
        LOG.info("proposal {} started as process instance {}", receiptNumber, started.getId());
        return started.getId();
    }

    /**
     * Ends the process of a proposal the domain has already marked withdrawn. Nothing happens where no instance of
     * that receipt number is running (e.g. it has already ended).
     *
     * @return true where a running instance was ended
     */
    public boolean withdraw(ReceiptNumber receiptNumber) {
        List<MessageCorrelationResult> results = runtimeService.createMessageCorrelation(MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(receiptNumber.value())
                .correlateAllWithResult();
        if (!results.isEmpty()) {
            LOG.info("proposal {} withdrawn: process ended", receiptNumber);
        }
        return !results.isEmpty();
    }

    /**
     * The approved answer text while the case waits for its letter to be printed (it is recorded on the case once the
     * letter is sent); empty where no instance of that receipt number is running or it has no answer yet.
     */
    public java.util.Optional<String> approvedAnswerText(ReceiptNumber receiptNumber) {
        ProcessInstance running = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(receiptNumber.value())
                .singleResult();
        if (running == null) {
            return java.util.Optional.empty();
        }
        Object text = runtimeService.getVariable(running.getId(), CitizenProposalProcess.Variables.ANSWER_TEXT);
        return text instanceof String answer && !answer.isBlank() ? java.util.Optional.of(answer) : java.util.Optional.empty();
    }
}
