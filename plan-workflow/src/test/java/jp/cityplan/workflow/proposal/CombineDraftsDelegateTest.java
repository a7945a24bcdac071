package jp.cityplan.workflow.proposal;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CombineDraftsDelegateTest {

    @Mock
    DelegateExecution execution;

    @Test
    void aSingleDraftBecomesTheAnswerAsItIs() {
        when(execution.getVariable("divisions")).thenReturn("div-finance");
        when(execution.getVariable("draft_div-finance")).thenReturn("予算で対応します。");

        new CombineDraftsDelegate().execute(execution);

        verify(execution).setVariable("answerText", "予算で対応します。");
        verify(execution, never()).setVariable(eq("drafts"), anyString());
    }

    @Test
    void severalDraftsAreHeadedByTheirDivisionLeadFirst() {
        when(execution.getVariable("divisions")).thenReturn("div-policy-promotion,div-finance");
        when(execution.getVariable("draft_div-policy-promotion")).thenReturn("計画に加えます。");

        new CombineDraftsDelegate().execute(execution);

        String combined = "【div-policy-promotion】\n計画に加えます。\n\n【div-finance】\n（回答案なし）";
        verify(execution).setVariable("drafts", combined);
        verify(execution).setVariable("answerText", combined);
    }
}
