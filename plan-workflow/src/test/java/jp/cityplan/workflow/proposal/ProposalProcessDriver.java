package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.SubmissionReceipt;
import jp.cityplan.workflow.proposal.CitizenProposalProcess.Elements;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Drives {@code citizen-proposal} the way the app and Tasklist do: message start, form submissions, due jobs. */
final class ProposalProcessDriver {

    /** What personal data looks like in the drafts of {@link ProposalDrafts}. */
    static final List<String> PERSONAL_VALUES = List.of(
            ProposalDrafts.FAMILY_NAME, ProposalDrafts.EMAIL, ProposalDrafts.POSTAL_ADDRESS, "090-1234-5678");

    private final ProcessEngine engine;
    private final ProposalWorld world;

    ProposalProcessDriver(ProcessEngine engine, ProposalWorld world) {
        this.engine = engine;
        this.world = world;
    }

    /** The domain receives a web proposal and the app starts the process; returns the domain's receipt. */
    SubmissionReceipt submitWebProposal(ProposalDraft draft) {
        SubmissionReceipt receipt = world.submit(draft);
        world.client(engine.getRuntimeService()).start(receipt.receiptNumber());
        return receipt;
    }

    ProcessInstance instance(ReceiptNumber receiptNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CitizenProposalProcess.PROCESS_ID)
                .processInstanceBusinessKey(receiptNumber.value()).singleResult();
    }

    /** Submits a web proposal and runs its save points: the intake task waits, the receipt is confirmed. */
    ProcessInstance receiveWebProposal(ProposalDraft draft) {
        ReceiptNumber receiptNumber = submitWebProposal(draft).receiptNumber();
        ProcessInstance instance = instance(receiptNumber);
        executeJob(instance, Elements.START_SUBMITTED);
        executeJob(instance, Elements.CONFIRM_RECEIPT);
        return instance;
    }

    /** Receives a web proposal and accepts it for an answer: the drafting tasks wait. */
    ProcessInstance reachDrafting(ProposalDraft draft) {
        ProcessInstance instance = receiveWebProposal(draft);
        submit(task(instance, Elements.REVIEW_INTAKE), Map.of("triageDecision", "ANSWER"));
        return instance;
    }

    Job job(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
        assertThat(job).as("job at %s", activityId).isNotNull();
        return job;
    }

    void executeJob(ProcessInstance instance, String activityId) {
        engine.getManagementService().executeJob(job(instance, activityId).getId());
    }

    Task task(ProcessInstance instance, String activityId) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).singleResult();
        assertThat(task).as("task %s", activityId).isNotNull();
        return task;
    }

    Task task(ProcessInstance instance, String activityId, String candidateGroup) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).taskCandidateGroup(candidateGroup).singleResult();
        assertThat(task).as("task %s for %s", activityId, candidateGroup).isNotNull();
        return task;
    }

    /** Completes a task as Tasklist does: by submitting its form. */
    void submit(Task task, Map<String, Object> fields) {
        engine.getFormService().submitTaskForm(task.getId(), fields);
    }

    /** Every name and text value the engine keeps of the instance, at runtime and in history. */
    List<String> namesAndValuesKept(ProcessInstance instance) {
        List<String> kept = new ArrayList<>();
        engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId()).list()
                .forEach(v -> {
                    kept.add(v.getName());
                    kept.add(String.valueOf(v.getValue()));
                });
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .includeDeleted().list().forEach(v -> {
                    kept.add(v.getName());
                    kept.add(String.valueOf(v.getValue()));
                });
        for (HistoricDetail detail : engine.getHistoryService().createHistoricDetailQuery()
                .processInstanceId(instance.getId()).list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                kept.add(update.getVariableName());
                kept.add(String.valueOf(update.getValue()));
            } else if (detail instanceof HistoricFormField field) {
                kept.add(field.getFieldId());
                kept.add(String.valueOf(field.getFieldValue()));
            }
        }
        return kept;
    }

    /** Asserts that no variable name starts with {@code citizen} and no value holds the citizen's personal data. */
    void assertNoPersonalDataKept(ProcessInstance instance) {
        List<String> kept = namesAndValuesKept(instance);
        assertThat(kept).isNotEmpty();
        assertThat(kept).noneMatch(text -> text.startsWith(CitizenProposalProcess.PERSONAL_VARIABLE_PREFIX));
        for (String personal : PERSONAL_VALUES) {
            assertThat(kept).noneMatch(text -> text.contains(personal));
        }
    }
}
