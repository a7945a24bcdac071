package jp.cityplan.app.config.security;

import io.github.bucket4j.TimeMeter;
import jp.cityplan.app.config.ratelimit.ClientAddressResolver;
import jp.cityplan.app.config.ratelimit.RateLimitProperties;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet filters that guard the engine's REST API and the Camunda webapps beyond what Spring Security does:
 * <ul>
 * <li>the login throttle, just before Spring Security (a throttled client's password is not even checked);</li>
 * <li>the query guard against expressions in {@code orQueries} (and free expressions in saved filters) and the
 * admin setup guard, just after it (an anonymous call to {@code /engine-rest} gets its 401 first).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class SecurityFilterRegistrations {

    public static final int LOGIN_THROTTLE_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 10;
    public static final int ENGINE_GUARD_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 5;

    private final String engineRestPath;
    private final String webappPath;

    public SecurityFilterRegistrations(@Value("${spring.jersey.application-path:/engine-rest}") String engineRestPath,
                                       @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.engineRestPath = trimmed(engineRestPath);
        this.webappPath = trimmed(webappPath);
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottleProperties properties,
                                                                    RateLimitProperties rateLimits,
                                                                    ClientAddressResolver clients) {
        FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(
                properties, rateLimits.maxClients(), clients, webappPath, TimeMeter.SYSTEM_MILLISECONDS));
        registration.setName("loginThrottleFilter");
        registration.addUrlPatterns("/*");
        registration.setOrder(LOGIN_THROTTLE_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineQueryGuardFilter> engineQueryGuardFilter() {
        FilterRegistrationBean<EngineQueryGuardFilter> registration =
                new FilterRegistrationBean<>(new EngineQueryGuardFilter(engineRestPath, webappPath));
        registration.setName("engineQueryGuardFilter");
        registration.addUrlPatterns(engineRestPath + "/*", webappPath + "/api/*");
        registration.setOrder(ENGINE_GUARD_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminSetupGuardFilter> adminSetupGuardFilter(IdentityService identityService) {
        FilterRegistrationBean<AdminSetupGuardFilter> registration =
                new FilterRegistrationBean<>(new AdminSetupGuardFilter(identityService, webappPath));
        registration.setName("adminSetupGuardFilter");
        registration.addUrlPatterns(webappPath + "/api/admin/*");
        registration.setOrder(ENGINE_GUARD_ORDER);
        return registration;
    }

    private static String trimmed(String path) {
        String withSlash = path.startsWith("/") ? path : "/" + path;
        return withSlash.endsWith("/") ? withSlash.substring(0, withSlash.length() - 1) : withSlash;
    }
}
