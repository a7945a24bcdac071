package jp.cityplan.app.config.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed staff logins one client may make ({@code security.login-throttle.*}), on top of the engine's own delay per
 * user id (see {@link LoginThrottleFilter}).
 *
 * @param maxFailures failed logins a client may make within {@code window}; then it waits for the bucket to refill
 * @param window      how long the bucket takes to refill completely
 */
@ConfigurationProperties("security.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("20") int maxFailures,
        @DefaultValue("10m") Duration window) {

    public LoginThrottleProperties {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("security.login-throttle: max-failures >= 1 and a positive window");
        }
    }
}
