package jp.cityplan.app.config;

import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.PlanRegistration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plan domain's services explicitly: the domain itself knows nothing of Spring. */
@Configuration
@EnableConfigurationProperties({PlanProperties.class, OrganisationProperties.class})
public class PlanConfiguration {

    @Bean
    PlanRegistration planRegistration(ComprehensivePlans plans) {
        return new PlanRegistration(plans);
    }
}
