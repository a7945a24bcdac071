package jp.cityplan.app.config.database;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * While the database is down (PostgreSQL restarting, network lost) requests fail fast: the connection pool waits a
 * few seconds at most ({@code spring.datasource.hikari.connection-timeout}) and the request gets a 503 problem
 * instead of a 500; {@code /actuator/health} shows DOWN. When the database is back the pool connects again by
 * itself: nothing to restart.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseAvailabilityConfiguration implements WebMvcConfigurer {

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, new DatabaseUnavailableExceptionResolver());
    }

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
        registration.setName("databaseUnavailableFilter");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
