package jp.cityplan.domain.calendar;

import java.time.LocalDate;
import jp.cityplan.domain.shared.Require;

/**
 * 回答期限: a citizen proposal (市民提案) is answered within {@code businessDays} business days of the day it was
 * received, that day not counted.
 */
public record AnswerDeadlinePolicy(int businessDays, BusinessCalendar calendar) {

    public static final int DEFAULT_BUSINESS_DAYS = 14;
    public static final int MAX_BUSINESS_DAYS = 365;

    public AnswerDeadlinePolicy {
        if (businessDays < 1 || businessDays > MAX_BUSINESS_DAYS) {
            throw new IllegalArgumentException(
                    "businessDays " + businessDays + " is outside 1-" + MAX_BUSINESS_DAYS);
        }
        Require.present(calendar, "calendar");
    }

    /** 14 business days on the usual 市役所 calendar. */
    public static AnswerDeadlinePolicy standard() {
        return new AnswerDeadlinePolicy(DEFAULT_BUSINESS_DAYS, BusinessCalendar.japaneseCityOffice());
    }

    /** The last day the answer may be given on. */
    public LocalDate dueDate(LocalDate receivedOn) {
        Require.present(receivedOn, "receivedOn");
        return calendar.addBusinessDays(receivedOn, businessDays);
    }

    /** The day to remind the person in charge: {@code businessDaysBefore} (0 to businessDays - 1) before the due date. */
    public LocalDate reminderDate(LocalDate dueDate, int businessDaysBefore) {
        Require.present(dueDate, "dueDate");
        if (businessDaysBefore < 0 || businessDaysBefore >= businessDays) {
            throw new IllegalArgumentException(
                    "businessDaysBefore " + businessDaysBefore + " is outside 0-" + (businessDays - 1));
        }
        return calendar.subtractBusinessDays(dueDate, businessDaysBefore);
    }

    /** Overdue from the day after the due date: an answer on the due date itself is in time. */
    public boolean isOverdue(LocalDate dueDate, LocalDate today) {
        Require.present(dueDate, "dueDate");
        Require.present(today, "today");
        return today.isAfter(dueDate);
    }
}
