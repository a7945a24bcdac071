package jp.cityplan.workflow.committee;

import java.time.LocalTime;
import java.time.Period;
import java.util.regex.Pattern;

/**
 * The city's choices for the recruitment process: who approves the selection, which group scores, how long before
 * a term ends the next recruitment starts, and the office time a recruitment closes and tasks fall due.
 *
 * @param finalApproverGroup      Camunda group id of the head of the city's office (final approval)
 * @param panelGroup              Camunda group id of the selection panel; every member scores every eligible application
 * @param nextRecruitmentLeadTime how long before the last day of a term the next recruitment is started
 * @param closingTime             time of day (Asia/Tokyo) a recruitment closes and selection tasks fall due
 */
public record CommitteeRecruitmentSettings(String finalApproverGroup, String panelGroup, Period nextRecruitmentLeadTime,
                                           LocalTime closingTime) {

    public static final String DEFAULT_FINAL_APPROVER_GROUP = "final-approvers";
    public static final String DEFAULT_PANEL_GROUP = "selection-panel";
    public static final Period DEFAULT_LEAD_TIME = Period.ofMonths(6);
    public static final LocalTime DEFAULT_CLOSING_TIME = LocalTime.of(17, 0);

    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public CommitteeRecruitmentSettings {
        for (String group : new String[] {finalApproverGroup, panelGroup}) {
            if (group == null || !GROUP_ID.matcher(group).matches()) {
                throw new IllegalArgumentException("'" + group + "' is not a group id (letters, digits, '-', '_', '.')");
            }
        }
        if (nextRecruitmentLeadTime == null || nextRecruitmentLeadTime.isNegative()) {
            throw new IllegalArgumentException("nextRecruitmentLeadTime must be present and not negative");
        }
        if (closingTime == null) {
            throw new IllegalArgumentException("closingTime must be present");
        }
    }

    public static CommitteeRecruitmentSettings defaults() {
        return new CommitteeRecruitmentSettings(DEFAULT_FINAL_APPROVER_GROUP, DEFAULT_PANEL_GROUP, DEFAULT_LEAD_TIME,
                DEFAULT_CLOSING_TIME);
    }
}
