package jp.cityplan.workflow.proposal;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PersonalDataHistoryFilterTest {

    @Mock
    HistoryEventHandler next;

    private static HistoricVariableUpdateEventEntity variable(String name) {
        HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
        event.setVariableName(name);
        return event;
    }

    private static HistoricFormPropertyEventEntity formField(String name) {
        HistoricFormPropertyEventEntity event = new HistoricFormPropertyEventEntity();
        event.setPropertyId(name);
        return event;
    }

    @Test
    void dropsPersonalVariablesAndFormFields() {
        PersonalDataHistoryFilter filter = new PersonalDataHistoryFilter(next);
        HistoryEvent email = variable("citizenEmail");
        HistoryEvent name = formField("citizenFamilyName");

        filter.handleEvent(email);
        filter.handleEvent(name);

        verify(next, never()).handleEvent(email);
        verify(next, never()).handleEvent(name);
    }

    @Test
    void handsOnEverythingElse() {
        PersonalDataHistoryFilter filter = new PersonalDataHistoryFilter(next);
        HistoryEvent receiptNumber = variable("receiptNumber");
        HistoryEvent category = formField("category");
        HistoryEvent instance = new HistoricProcessInstanceEventEntity();

        filter.handleEvent(receiptNumber);
        filter.handleEvents(List.of(category, variable("citizenPhone"), instance));

        verify(next).handleEvent(receiptNumber);
        verify(next).handleEvents(argThat(events -> events.equals(List.of(category, instance))));
    }
}
