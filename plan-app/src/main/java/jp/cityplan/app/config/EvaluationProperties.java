package jp.cityplan.app.config;

import java.time.Period;
import jp.cityplan.workflow.evaluation.EvaluationProcessSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code evaluation.*}: the city's choices for the administrative evaluation. A setting left out takes
 * the default of {@link EvaluationProcessSettings#defaults()}.
 *
 * @param planningGroup      the Camunda group that confirms evaluations, default {@code div-policy-promotion}
 * @param fillInPeriod       how long the owning division has to fill in the sheet, default {@code P30D}
 * @param reviewPeriod       how long its head has to approve or return it, default {@code P7D}
 * @param confirmationPeriod how long the planning division has to confirm it, default {@code P14D}
 */
@ConfigurationProperties("evaluation")
public record EvaluationProperties(String planningGroup, Period fillInPeriod, Period reviewPeriod,
                                   Period confirmationPeriod) {

    public EvaluationProcessSettings settings() {
        EvaluationProcessSettings defaults = EvaluationProcessSettings.defaults();
        return new EvaluationProcessSettings(
                planningGroup == null ? defaults.planningGroup() : planningGroup,
                fillInPeriod == null ? defaults.fillInPeriod() : fillInPeriod,
                reviewPeriod == null ? defaults.reviewPeriod() : reviewPeriod,
                confirmationPeriod == null ? defaults.confirmationPeriod() : confirmationPeriod);
    }
}
