package jp.cityplan.app.config;

import java.time.Period;
import jp.cityplan.workflow.publicworks.PublicWorksSettings;
import jp.cityplan.workflow.publicworks.ReEvaluationRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code plan.public-works.*} (公共事業評価); every one has the default of
 * {@link PublicWorksSettings#DEFAULTS}.
 *
 * @param reevaluationRule          {@code national} or {@code local}: which trigger table the scan reads
 * @param benefitCostThreshold      the B/C the outcome table compares with
 * @param planningGroup             who drafts the city's policy
 * @param decisionGroup             who takes the city's decision
 * @param committeeGroup            the evaluation committee's members
 * @param committeeChair            user id of the chair (absent: the first member by user id)
 * @param sheetPeriod               time for the sheet, e.g. {@code P30D}
 * @param policyPeriod              time for the draft policy
 * @param opinionPeriod             time for each opinion and the consolidation
 * @param decisionPeriod            time for the decision
 * @param reminderDaysBeforeMeeting days before the committee meeting the members are reminded
 */
@ConfigurationProperties("plan.public-works")
public record PublicWorksProperties(ReEvaluationRule reevaluationRule, Double benefitCostThreshold,
                                    String planningGroup, String decisionGroup, String committeeGroup,
                                    String committeeChair, Period sheetPeriod, Period policyPeriod,
                                    Period opinionPeriod, Period decisionPeriod, Integer reminderDaysBeforeMeeting) {

    public PublicWorksSettings settings() {
        PublicWorksSettings d = PublicWorksSettings.DEFAULTS;
        return new PublicWorksSettings(or(reevaluationRule, d.reEvaluationRule()),
                or(benefitCostThreshold, d.benefitCostThreshold()), or(planningGroup, d.planningGroup()),
                or(decisionGroup, d.decisionGroup()), or(committeeGroup, d.committeeGroup()), committeeChair,
                or(sheetPeriod, d.sheetPeriod()), or(policyPeriod, d.policyPeriod()),
                or(opinionPeriod, d.opinionPeriod()), or(decisionPeriod, d.decisionPeriod()),
                or(reminderDaysBeforeMeeting, d.reminderDaysBeforeMeeting()));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
