package jp.cityplan.app.config;

import java.time.Clock;
import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import jp.cityplan.domain.publicworks.PublicWorksEvaluations;
import jp.cityplan.domain.publicworks.PublicWorksProjects;
import jp.cityplan.workflow.publicworks.PublicWorksSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the public works domain explicitly (the domain knows nothing of Spring) from {@code plan.public-works.*}. */
@Configuration
@EnableConfigurationProperties(PublicWorksProperties.class)
public class PublicWorksConfiguration {

    @Bean
    PublicWorksSettings publicWorksSettings(PublicWorksProperties properties) {
        return properties.settings();
    }

    @Bean
    PublicWorksEvaluationCases publicWorksEvaluationCases(PublicWorksProjects projects,
                                                          PublicWorksEvaluations evaluations, Clock clock) {
        return new PublicWorksEvaluationCases(projects, evaluations, clock);
    }
}
