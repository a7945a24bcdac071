package jp.cityplan.app.config.retention;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The city's retention of case history (plan.retention) applied to the engine's definitions and cleanup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionConfiguration {

    @Bean
    RetentionPlugin retentionPlugin(RetentionProperties retention) {
        return new RetentionPlugin(retention);
    }
}
