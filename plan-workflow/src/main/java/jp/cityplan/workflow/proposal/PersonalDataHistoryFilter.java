package jp.cityplan.workflow.proposal;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps personal data out of the engine's history: drops every variable event (instance and detail) and every form
 * field event whose name starts with {@code citizen}, and hands everything else on. The paper entry form's personal
 * fields are removed from the process by {@code Task_RegisterPaperProposal} within the same transaction; with this
 * filter they are never written to ACT_HI_VARINST or ACT_HI_DETAIL either.
 */
public class PersonalDataHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler next;

    public PersonalDataHistoryFilter(HistoryEventHandler next) {
        this.next = next;
    }

    @Override
    public void handleEvent(HistoryEvent historyEvent) {
        if (!isPersonal(historyEvent)) {
            next.handleEvent(historyEvent);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> historyEvents) {
        next.handleEvents(historyEvents.stream().filter(event -> !isPersonal(event)).toList());
    }

    public static boolean isPersonal(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return isPersonalName(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity formField) {
            return isPersonalName(formField.getPropertyId());
        }
        return false;
    }

    public static boolean isPersonalName(String name) {
        return name != null && name.startsWith(CitizenProposalProcess.PERSONAL_VARIABLE_PREFIX);
    }
}
