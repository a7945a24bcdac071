package jp.cityplan.domain.proposal;

import java.time.LocalDate;

/** Messages to staff: a reminder before an answer falls due, and the escalation of an overdue case to the head. */
public interface StaffNotifications {

    void remindDivision(String division, ReceiptNumber receiptNumber, LocalDate answerDueOn);

    void escalateOverdue(String division, ReceiptNumber receiptNumber, LocalDate answerDueOn);
}
