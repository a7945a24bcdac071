package jp.cityplan.app.config.rest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The error answers of the engine's REST API and the webapps' API ({@link EngineRestErrorFilter}): just after
 * Spring Security, around the query guards and the engine.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestConfiguration {

    public static final int ERROR_FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    @Bean
    FilterRegistrationBean<EngineRestErrorFilter> engineRestErrorFilter(
            @Value("${spring.jersey.application-path:/engine-rest}") String engineRestPath,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<EngineRestErrorFilter> registration = new FilterRegistrationBean<>(new EngineRestErrorFilter());
        registration.setName("engineRestErrorFilter");
        registration.addUrlPatterns(trimmed(engineRestPath) + "/*", trimmed(webappPath) + "/api/*");
        registration.setOrder(ERROR_FILTER_ORDER);
        return registration;
    }

    private static String trimmed(String path) {
        String withSlash = path.startsWith("/") ? path : "/" + path;
        return withSlash.endsWith("/") ? withSlash.substring(0, withSlash.length() - 1) : withSlash;
    }
}
