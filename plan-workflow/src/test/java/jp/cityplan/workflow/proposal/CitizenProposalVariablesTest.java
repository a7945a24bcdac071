package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CitizenProposalVariablesTest {

    @Mock
    DelegateExecution execution;

    @Test
    void splitsListsTypedWithJapaneseOrLatinCommasOrSpaces() {
        assertThat(CitizenProposalVariables.items(" 2-1.1、2-1.3，3-2.1, 4-1.1  1-1.2 "))
                .containsExactly("2-1.1", "2-1.3", "3-2.1", "4-1.1", "1-1.2");
        assertThat(CitizenProposalVariables.items("  ")).isEmpty();
        assertThat(CitizenProposalVariables.items(null)).isEmpty();
    }

    @Test
    void givesTheDivisionsForTheDraftingTasks() {
        when(execution.getVariable("divisions")).thenReturn("div-policy-promotion,div-finance");

        assertThat(new CitizenProposalVariables().divisionList(execution))
                .containsExactly("div-policy-promotion", "div-finance");
    }

    @Test
    void refusesToDraftWithoutDivisions() {
        assertThatThrownBy(() -> CitizenProposalVariables.divisionsOf(execution)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CitizenProposalVariables.setDivisions(execution, List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setsTheRoutingFlagsWithTheDivisions() {
        CitizenProposalVariables.setDivisions(execution, List.of("div-finance", " div-finance ", "div-administration"));

        verify(execution).setVariable("divisions", "div-finance,div-administration");
        verify(execution).setVariable("leadDivision", "div-finance");
        verify(execution).setVariable("multipleDivisions", true);
    }

    @Test
    void readsFlagsAndNumbersAsFormsSendThem() {
        when(execution.getVariable("approved")).thenReturn("true");
        when(execution.getVariable("adopted")).thenReturn(null);
        when(execution.getVariable("adoptionCostYen")).thenReturn("1,200,000");

        assertThat(CitizenProposalVariables.flag(execution, "approved")).isTrue();
        assertThat(CitizenProposalVariables.flag(execution, "adopted")).isFalse();
        assertThat(CitizenProposalVariables.decimal(execution, "adoptionCostYen")).contains(new BigDecimal("1200000"));
    }
}
