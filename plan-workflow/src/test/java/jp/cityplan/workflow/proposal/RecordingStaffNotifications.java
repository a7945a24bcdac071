package jp.cityplan.workflow.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.StaffNotifications;

/** Records what staff would be told ("remindDivision div-finance P2025-00001 2025-06-20"). */
final class RecordingStaffNotifications implements StaffNotifications {

    private final List<String> sent = new ArrayList<>();

    List<String> sent() {
        return List.copyOf(sent);
    }

    @Override
    public void remindDivision(String division, ReceiptNumber receiptNumber, LocalDate answerDueOn) {
        sent.add("remindDivision " + division + " " + receiptNumber + " " + answerDueOn);
    }

    @Override
    public void escalateOverdue(String division, ReceiptNumber receiptNumber, LocalDate answerDueOn) {
        sent.add("escalateOverdue " + division + " " + receiptNumber + " " + answerDueOn);
    }
}
