package jp.cityplan.app.config.ratelimit;

import io.github.bucket4j.TimeMeter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The per-client limits on public submissions. The filter runs just after Spring Security, so that a 429 still
 * carries the security headers and a form without its CSRF token is refused before it costs a token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

    /** Just after Spring Security's filter chain (-100). */
    public static final int FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 10;

    @Bean
    ClientAddressResolver clientAddressResolver(RateLimitProperties properties) {
        return new ClientAddressResolver(properties.trustedProxyHops());
    }

    /** The clock the buckets refill by; tests that count requests replace it with a still one. */
    @Bean
    TimeMeter rateLimitClock() {
        return TimeMeter.SYSTEM_MILLISECONDS;
    }

    @Bean
    SubmissionRateLimiter submissionRateLimiter(RateLimitProperties properties, TimeMeter rateLimitClock) {
        return new SubmissionRateLimiter(properties, rateLimitClock);
    }

    @Bean
    @ConditionalOnProperty(name = "rate-limit.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(SubmissionRateLimiter limiter, ClientAddressResolver clients) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limiter, clients));
        registration.setName("proposalRateLimitFilter");
        registration.addUrlPatterns("/api/proposals", "/api/proposals/*", "/proposals/*");
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
