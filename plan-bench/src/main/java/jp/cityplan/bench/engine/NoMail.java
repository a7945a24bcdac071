package jp.cityplan.bench.engine;

import java.time.LocalDate;
import java.util.concurrent.atomic.LongAdder;
import jp.cityplan.domain.proposal.CitizenNotifications;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.StaffNotifications;

/** What leaves the process, stubbed: the mails to citizens and staff are counted, not sent. */
final class NoMail implements CitizenNotifications, StaffNotifications {

    final LongAdder sent = new LongAdder();

    @Override
    public void confirmReceipt(CitizenProposal proposal) {
        sent.increment();
    }

    @Override
    public void sendAnswer(CitizenProposal proposal) {
        sent.increment();
    }

    @Override
    public void tellRejected(CitizenProposal proposal) {
        sent.increment();
    }

    @Override
    public void remindDivision(String division, ReceiptNumber receiptNumber, LocalDate answerDueOn) {
        sent.increment();
    }

    @Override
    public void escalateOverdue(String division, ReceiptNumber receiptNumber, LocalDate answerDueOn) {
        sent.increment();
    }
}
