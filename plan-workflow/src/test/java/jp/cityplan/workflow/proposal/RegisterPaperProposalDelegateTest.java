package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class RegisterPaperProposalDelegateTest {

    @Mock
    DelegateExecution execution;

    ProposalWorld world;
    final Map<String, Object> entry = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        ProposalWorld.startTheClock();
        world = new ProposalWorld();
        entry.put("channel", "MAIL_IN");
        entry.put("citizenSubject", ProposalDrafts.SUBJECT);
        entry.put("citizenText", ProposalDrafts.TEXT);
        entry.put("category", "other");
        entry.put("initiatives", "");
        entry.put("citizenFamilyName", ProposalDrafts.FAMILY_NAME);
        entry.put("citizenPostalAddress", ProposalDrafts.POSTAL_ADDRESS);
        entry.put("citizenEmail", null);
        entry.put("wantsAnswer", true);
        entry.put("publicationConsent", "ANONYMOUS");
        lenient().when(execution.getVariable(anyString())).thenAnswer(call -> entry.get(call.<String>getArgument(0)));
        lenient().when(execution.getVariableNames()).thenAnswer(call -> entry.keySet());
    }

    @AfterEach
    void tearDown() {
        ProposalWorld.stopTheClock();
    }

    @Test
    void registersTheCaseAndRemovesEveryFieldOfTheForm() {
        new RegisterPaperProposalDelegate(world.submission).execute(execution);

        ReceiptNumber receiptNumber = new ReceiptNumber("P2025-00001");
        CitizenProposal proposal = world.proposal(receiptNumber);
        assertThat(proposal.contact().familyName()).isEqualTo(ProposalDrafts.FAMILY_NAME);
        assertThat(proposal.snapshot().publicationConsent().name()).isEqualTo("ANONYMOUS");
        for (String field : entry.keySet()) {
            verify(execution).removeVariable(field);
        }
        verify(execution).setVariable("receiptNumber", receiptNumber.value());
        verify(execution).setProcessBusinessKey(receiptNumber.value());
    }

    @Test
    void reportsEveryRefusedFieldInJapaneseWithoutQuotingIt() {
        entry.put("citizenSubject", "");
        entry.put("citizenPhone", "電話してください");
        entry.put("category", "sports");

        assertThatThrownBy(() -> new RegisterPaperProposalDelegate(world.submission).execute(execution))
                .isInstanceOf(ProposalInputException.class)
                .hasMessage("入力内容を確認してください: 件名は必須です。分類は登録されていない値です。電話番号は形式が正しくありません。");
        verify(execution, never()).removeVariable(anyString());
        assertThat(world.proposals.find(new ReceiptNumber("P2025-00001"))).isEmpty();
    }

    @Test
    void refusesAChannelThatIsNotPaper() {
        entry.put("channel", null);

        assertThatThrownBy(() -> new RegisterPaperProposalDelegate(world.submission).execute(execution))
                .isInstanceOf(ProposalInputException.class)
                .hasMessageContaining("受付経路");
    }
}
