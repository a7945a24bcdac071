package jp.cityplan.workflow.proposal;

import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * The city's choices for the proposal process that are not rules of the domain: who gives the final approval, how
 * many business days before the due date the lead division is reminded, and the office hours the dates fall on.
 * The app provides it as a bean from its configuration.
 *
 * @param finalApproverGroup         Camunda group id of the final approvers (e.g. the 副市長's office)
 * @param reminderBusinessDaysBefore business days before the due date to remind the lead division (0 = on the day)
 * @param answerDueTime              time of day (Asia/Tokyo) the due date ends: the overdue timer fires then
 * @param reminderTime               time of day (Asia/Tokyo) the reminder is sent
 */
public record ProposalProcessSettings(String finalApproverGroup, int reminderBusinessDaysBefore,
                                      LocalTime answerDueTime, LocalTime reminderTime) {

    public static final String DEFAULT_FINAL_APPROVER_GROUP = "final-approvers";
    public static final int DEFAULT_REMINDER_BUSINESS_DAYS_BEFORE = 2;
    public static final LocalTime DEFAULT_ANSWER_DUE_TIME = LocalTime.of(17, 0);
    public static final LocalTime DEFAULT_REMINDER_TIME = LocalTime.of(9, 0);

    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public ProposalProcessSettings {
        if (finalApproverGroup == null || !GROUP_ID.matcher(finalApproverGroup).matches()) {
            throw new IllegalArgumentException("final approver group '" + finalApproverGroup
                    + "' is not a group id (letters, digits, '-', '_', '.')");
        }
        if (reminderBusinessDaysBefore < 0) {
            throw new IllegalArgumentException("reminderBusinessDaysBefore must not be negative");
        }
        if (answerDueTime == null || reminderTime == null) {
            throw new IllegalArgumentException("answerDueTime and reminderTime must be present");
        }
    }

    public ProposalProcessSettings(String finalApproverGroup, int reminderBusinessDaysBefore) {
        this(finalApproverGroup, reminderBusinessDaysBefore, DEFAULT_ANSWER_DUE_TIME, DEFAULT_REMINDER_TIME);
    }

    public static ProposalProcessSettings defaults() {
        return new ProposalProcessSettings(DEFAULT_FINAL_APPROVER_GROUP, DEFAULT_REMINDER_BUSINESS_DAYS_BEFORE);
    }
}
