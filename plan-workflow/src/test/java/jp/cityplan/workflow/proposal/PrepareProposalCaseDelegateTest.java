package jp.cityplan.workflow.proposal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PrepareProposalCaseDelegateTest {

    @Mock
    DelegateExecution execution;

    ProposalWorld world;

    @BeforeEach
    void startTheClock() {
        ProposalWorld.startTheClock();
        world = new ProposalWorld();
    }

    @AfterEach
    void stopTheClock() {
        ProposalWorld.stopTheClock();
    }

    private void runFor(ReceiptNumber receiptNumber, ProposalProcessSettings settings) {
        when(execution.getVariable("receiptNumber")).thenReturn(receiptNumber.value());
        new PrepareProposalCaseDelegate(world.cases, world.deadline, settings).execute(execution);
    }

    @Test
    void setsTheRoutingVariablesFromTheMaskedCopy() {
        ReceiptNumber receiptNumber = world.submit(ProposalDrafts.byEmail("finance", List.of("3-2.1", "1-1.1"))).receiptNumber();

        runFor(receiptNumber, ProposalProcessSettings.defaults());

        verify(execution).setVariable("category", "finance");
        verify(execution).setVariable("initiativeApproach", "3-2");
        verify(execution).setVariable("channel", "WEB_FORM");
        verify(execution).setVariable("wantsAnswer", true);
        verify(execution).setVariable("expectsAnswer", true);
        verify(execution).setVariable("publicationConsented", true);
        verify(execution).setVariable("subject", ProposalDrafts.SUBJECT);
        verify(execution).setVariable("maskedText",
                "広報紙だけでなくメールでもお知らせを受け取りたいです。詳しくは ［電話番号］ までご連絡ください。");
        verify(execution).setVariable("answerDelivery", "EMAIL");
        verify(execution).setVariable("finalApproverGroup", "final-approvers");
        verify(execution).setVariable("answerDueDate", date("2025-06-20T17:00:00+09:00"));
        verify(execution).setVariable("reminderDate", date("2025-06-18T09:00:00+09:00"));
    }

    @Test
    void masksPersonalDataInTheSubjectToo() {
        ReceiptNumber receiptNumber = world.submit(new jp.cityplan.domain.proposal.ProposalDraft(
                jp.cityplan.domain.proposal.Channel.WEB_FORM, null, "連絡先 090-1234-5678 の件", "本文", "other", List.of(),
                null, null, null, null, null, null, false, jp.cityplan.domain.proposal.PublicationConsent.NONE)).receiptNumber();

        runFor(receiptNumber, ProposalProcessSettings.defaults());

        verify(execution).setVariable("subject", "連絡先 ［電話番号］ の件");
        verify(execution).setVariable("initiativeApproach", "");
        verify(execution).setVariable("expectsAnswer", false);
        verify(execution).setVariable("publicationConsented", false);
        verify(execution).setVariable("answerDelivery", "LETTER");
        verify(execution, never()).setVariable(anyString(), any(jp.cityplan.domain.proposal.Contact.class));
    }

    @Test
    void takesTheFinalApproversAndReminderFromTheSettings() {
        ReceiptNumber receiptNumber = world.submit(ProposalDrafts.byEmail()).receiptNumber();

        runFor(receiptNumber, new ProposalProcessSettings("deputy-mayor-office", 5));

        verify(execution).setVariable("finalApproverGroup", "deputy-mayor-office");
        verify(execution).setVariable("reminderDate", date("2025-06-13T09:00:00+09:00"));
    }

    private static Date date(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
