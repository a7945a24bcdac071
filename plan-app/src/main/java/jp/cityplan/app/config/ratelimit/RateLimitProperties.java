package jp.cityplan.app.config.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client limits on the public proposal endpoints ({@code rate-limit.*}).
 *
 * @param enabled              whether the limits apply at all
 * @param submissionsPerMinute new proposals a client may send per minute (API and form)
 * @param lookupsPerMinute     requests that check a receipt number and secret (status, withdrawal) per minute: they
 *                             are what guessing a secret would take
 * @param trustedProxyHops     0: the connection's address is the client and {@code X-Forwarded-For} is ignored (a
 *                             client could write anything there); n: the app is behind n proxies of the city's own,
 *                             each appending the address it saw, so the n-th address from the right is the client
 * @param maxClients           clients whose buckets are kept in memory; the least recently seen are dropped first
 */
@ConfigurationProperties("rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10") int submissionsPerMinute,
        @DefaultValue("30") int lookupsPerMinute,
        @DefaultValue("0") int trustedProxyHops,
        @DefaultValue("10000") int maxClients) {

    public RateLimitProperties {
        if (submissionsPerMinute < 1 || lookupsPerMinute < 1) {
            throw new IllegalArgumentException("rate-limit: the limits per minute must be at least 1");
        }
        if (trustedProxyHops < 0) {
            throw new IllegalArgumentException("rate-limit.trusted-proxy-hops must not be negative");
        }
        if (maxClients < 1) {
            throw new IllegalArgumentException("rate-limit.max-clients must be at least 1");
        }
    }
}
