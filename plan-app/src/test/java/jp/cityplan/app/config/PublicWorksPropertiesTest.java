package jp.cityplan.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;
import jp.cityplan.workflow.publicworks.PublicWorksSettings;
import jp.cityplan.workflow.publicworks.ReEvaluationRule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PublicWorksPropertiesTest {

    private static PublicWorksSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("plan.public-works", PublicWorksProperties.class).settings();
    }

    @Test
    void nothing_configured_gives_the_local_rule_and_the_defaults() {
        assertThat(bind(Map.of())).isEqualTo(PublicWorksSettings.DEFAULTS);
        assertThat(PublicWorksSettings.DEFAULTS.reEvaluationRule()).isEqualTo(ReEvaluationRule.LOCAL);
    }

    @Test
    void the_city_chooses_the_national_rule_its_threshold_chair_and_periods() {
        PublicWorksSettings settings = bind(Map.of(
                "plan.public-works.reevaluation-rule", "national",
                "plan.public-works.benefit-cost-threshold", "1.2",
                "plan.public-works.committee-chair", "iin-tanaka",
                "plan.public-works.sheet-period", "P45D"));

        assertThat(settings.reEvaluationRule()).isEqualTo(ReEvaluationRule.NATIONAL);
        assertThat(settings.reEvaluationRule().decisionKey()).isEqualTo("public-works-trigger-national");
        assertThat(settings.benefitCostThreshold()).isEqualTo(1.2);
        assertThat(settings.committeeChair()).isEqualTo("iin-tanaka");
        assertThat(settings.sheetPeriod()).isEqualTo(Period.ofDays(45));
        assertThat(settings.planningGroup()).isEqualTo("div-policy-promotion");
    }

    @Test
    void an_unknown_rule_or_a_threshold_of_zero_is_refused() {
        assertThatThrownBy(() -> bind(Map.of("plan.public-works.reevaluation-rule", "prefectural")))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("plan.public-works.benefit-cost-threshold", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("benefitCostThreshold");
    }
}
