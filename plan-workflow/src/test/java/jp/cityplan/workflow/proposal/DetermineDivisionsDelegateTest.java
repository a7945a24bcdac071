package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Answers;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DetermineDivisionsDelegateTest {

    @Mock(answer = Answers.RETURNS_DEEP_STUBS)
    DelegateExecution execution;
    @Mock
    DmnDecisionTableResult result;

    private void routingReturns(List<Object> divisions) {
        when(execution.getProcessEngineServices().getDecisionService()
                .evaluateDecisionTableByKey(eq("proposal-routing"), anyMap())).thenReturn(result);
        when(result.collectEntries("division")).thenReturn(divisions);
    }

    @Test
    void keepsEachDivisionOnceWithTheFirstLeading() {
        routingReturns(List.of("div-policy-promotion", "div-finance", "div-policy-promotion"));

        new DetermineDivisionsDelegate().execute(execution);

        verify(execution).setVariable("divisions", "div-policy-promotion,div-finance");
        verify(execution).setVariable("leadDivision", "div-policy-promotion");
        verify(execution).setVariable("multipleDivisions", true);
    }

    @Test
    void aSingleDivisionIsNotSeveral() {
        routingReturns(List.of("div-finance", "div-finance"));

        new DetermineDivisionsDelegate().execute(execution);

        verify(execution).setVariable("divisions", "div-finance");
        verify(execution).setVariable("multipleDivisions", false);
    }

    @Test
    void refusesToGoOnWithoutADivision() {
        routingReturns(List.of());

        assertThatThrownBy(() -> new DetermineDivisionsDelegate().execute(execution))
                .isInstanceOf(ProposalInputException.class)
                .hasMessageContaining("担当課を決められません");
    }
}
