package jp.cityplan.app.config;

import java.time.Clock;
import jp.cityplan.app.application.evaluation.EvaluationLaunch;
import jp.cityplan.app.application.evaluation.ObservationRecording;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.indicator.ObservationEntries;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.workflow.evaluation.EvaluationProcessClient;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the administrative evaluation and the staff-entered indicator values from the {@code evaluation.*} settings. */
@Configuration
@EnableConfigurationProperties(EvaluationProperties.class)
public class EvaluationConfiguration {

    @Bean
    EvaluationProcessClient evaluationProcessClient(RuntimeService runtimeService, EvaluationProperties properties) {
        return new EvaluationProcessClient(runtimeService, properties.settings());
    }

    @Bean
    EvaluationLaunch evaluationLaunch(ComprehensivePlans plans, AdministrativeEvaluations evaluations,
                                      EvaluationProcessClient client, IdentityService identityService) {
        return new EvaluationLaunch(plans, evaluations, client, identityService);
    }

    @Bean
    ObservationRecording observationRecording(ComprehensivePlans plans, ObservationEntries entries, Clock clock) {
        return new ObservationRecording(plans, entries, clock);
    }
}
