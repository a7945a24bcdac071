package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;

import java.util.HashMap;
import java.util.Map;
import jp.cityplan.domain.proposal.Adoption;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class RecordAdoptionDelegateTest {

    @Mock
    DelegateExecution execution;

    final Map<String, Object> fields = new HashMap<>();

    @BeforeEach
    void readFieldsFromTheMap() {
        lenient().when(execution.getVariable(anyString())).thenAnswer(call -> fields.get(call.<String>getArgument(0)));
    }

    @Test
    void readsTheNumbersTasklistSends() {
        fields.put("adoptedInitiatives", "3-1.2、3-2.1, 3-1.2");
        fields.put("adoptionCostYen", 1500000.0);
        fields.put("adoptionFromYear", 2026);
        fields.put("adoptionToYear", 2028L);

        Adoption adoption = RecordAdoptionDelegate.adoptionFrom(execution);

        assertThat(adoption.initiatives()).extracting(Object::toString).containsExactly("3-1.2", "3-2.1");
        assertThat(adoption.estimatedCostYen()).isEqualByComparingTo("1500000");
        assertThat(adoption.from().year()).isEqualTo(2026);
        assertThat(adoption.to().year()).isEqualTo(2028);
    }

    @Test
    void leavesCostAndPeriodOpenWhereUnknown() {
        fields.put("adoptedInitiatives", "4-1.1");

        Adoption adoption = RecordAdoptionDelegate.adoptionFrom(execution);

        assertThat(adoption.estimatedCostYen()).isNull();
        assertThat(adoption.from()).isNull();
        assertThat(adoption.to()).isNull();
    }

    @Test
    void needsAtLeastOneInitiative() {
        assertThatThrownBy(() -> RecordAdoptionDelegate.adoptionFrom(execution))
                .isInstanceOf(ProposalInputException.class)
                .hasMessageContaining("反映する取組の番号");
    }

    @Test
    void refusesANegativeCostAndAFractionalYear() {
        fields.put("adoptedInitiatives", "4-1.1");
        fields.put("adoptionCostYen", -1);
        assertThatThrownBy(() -> RecordAdoptionDelegate.adoptionFrom(execution))
                .isInstanceOf(ProposalInputException.class)
                .hasMessageContaining("0以上");

        fields.put("adoptionCostYen", "abc");
        assertThatThrownBy(() -> RecordAdoptionDelegate.adoptionFrom(execution))
                .isInstanceOf(ProposalInputException.class)
                .hasMessageContaining("数字で");

        fields.remove("adoptionCostYen");
        fields.put("adoptionFromYear", 2026.5);
        assertThatThrownBy(() -> RecordAdoptionDelegate.adoptionFrom(execution))
                .isInstanceOf(ProposalInputException.class)
                .hasMessageContaining("開始年度");
    }
}
