package jp.cityplan.workflow.publicworks;

import java.time.Period;
import java.util.regex.Pattern;

/**
 * The city's choices for 公共事業評価 that are not rules of the domain; the app provides them from
 * {@code plan.public-works.*}.
 *
 * @param reEvaluationRule          which trigger table the scan reads
 * @param benefitCostThreshold      the B/C the outcome table compares with (no fixed national value: the city's)
 * @param planningGroup             who drafts the city's policy (政策推進課)
 * @param decisionGroup             who takes the city's decision
 * @param committeeGroup            the members of the evaluation committee (評価委員会)
 * @param committeeChair            user id of the chair; absent: the first member by user id
 * @param sheetPeriod               time to fill in (or correct) the sheet
 * @param policyPeriod              time to draft the policy
 * @param opinionPeriod             time for each opinion and the consolidation
 * @param decisionPeriod            time for the city's decision
 * @param reminderDaysBeforeMeeting days before the committee meeting its members are reminded
 */
public record PublicWorksSettings(ReEvaluationRule reEvaluationRule, double benefitCostThreshold,
                                  String planningGroup, String decisionGroup, String committeeGroup,
                                  String committeeChair, Period sheetPeriod, Period policyPeriod,
                                  Period opinionPeriod, Period decisionPeriod, int reminderDaysBeforeMeeting) {

    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public static final PublicWorksSettings DEFAULTS = new PublicWorksSettings(ReEvaluationRule.LOCAL, 1.0,
            "div-policy-promotion", "final-approvers", "evaluation-committee", null, Period.ofDays(30),
            Period.ofDays(14), Period.ofDays(21), Period.ofDays(14), 7);

    public PublicWorksSettings {
        if (reEvaluationRule == null) {
            throw new IllegalArgumentException("reEvaluationRule must be national or local");
        }
        if (!(benefitCostThreshold > 0)) {
            throw new IllegalArgumentException("benefitCostThreshold must be above 0");
        }
        for (String group : new String[] {planningGroup, decisionGroup, committeeGroup}) {
            if (group == null || !GROUP_ID.matcher(group).matches()) {
                throw new IllegalArgumentException("'" + group + "' is not a group id");
            }
        }
        for (Period period : new Period[] {sheetPeriod, policyPeriod, opinionPeriod, decisionPeriod}) {
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("task periods must be positive");
            }
        }
        if (reminderDaysBeforeMeeting < 0) {
            throw new IllegalArgumentException("reminderDaysBeforeMeeting must not be negative");
        }
        if (committeeChair != null && committeeChair.isBlank()) {
            committeeChair = null;
        }
    }
}
