package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.UnknownProposalException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CheckIntakeDecisionListenerTest {

    @Mock
    ProposalCases cases;
    @Mock
    DelegateTask task;

    @Test
    void acceptsAnAnswerAndNormalisesTheDecision() {
        when(task.getVariable("triageDecision")).thenReturn(" answer ");

        new CheckIntakeDecisionListener(cases).notify(task);

        verify(task).setVariable("triageDecision", "ANSWER");
    }

    @Test
    void refusesARejectionWithoutReason() {
        when(task.getVariable("triageDecision")).thenReturn("REJECT");
        when(task.getVariable("rejectionReason")).thenReturn("");

        assertThatThrownBy(() -> new CheckIntakeDecisionListener(cases).notify(task))
                .isInstanceOf(ProposalInputException.class)
                .hasMessageStartingWith("受け付けない理由を入力してください");
    }

    @Test
    void refusesAMalformedOriginal() {
        when(task.getVariable("triageDecision")).thenReturn("DUPLICATE");
        when(task.getVariable("duplicateOf")).thenReturn("2025-1");

        assertThatThrownBy(() -> new CheckIntakeDecisionListener(cases).notify(task))
                .isInstanceOf(ProposalInputException.class)
                .hasMessageContaining("P2025-00001");
    }

    @Test
    void refusesAnOriginalThatDoesNotExist() {
        when(task.getVariable("triageDecision")).thenReturn("DUPLICATE");
        when(task.getVariable("duplicateOf")).thenReturn("P2025-00007");
        when(task.getVariable("receiptNumber")).thenReturn("P2025-00009");
        when(cases.get(new ReceiptNumber("P2025-00007"))).thenThrow(new UnknownProposalException("P2025-00007"));

        assertThatThrownBy(() -> new CheckIntakeDecisionListener(cases).notify(task))
                .isInstanceOf(ProposalInputException.class)
                .hasMessage("受付番号 P2025-00007 の提案は見つかりません。");
    }

    @Test
    void acceptsAnExistingOriginalTypedInLowerCase() {
        when(task.getVariable("triageDecision")).thenReturn("DUPLICATE");
        when(task.getVariable("duplicateOf")).thenReturn("p2025-00007");
        when(task.getVariable("receiptNumber")).thenReturn("P2025-00009");

        assertThatCode(() -> new CheckIntakeDecisionListener(cases).notify(task)).doesNotThrowAnyException();

        verify(task).setVariable("duplicateOf", "P2025-00007");
    }
}
