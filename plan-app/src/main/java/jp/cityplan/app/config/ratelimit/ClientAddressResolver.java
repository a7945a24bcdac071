package jp.cityplan.app.config.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which client sent a request, for per-client limits. The connection's address unless the app is configured to be
 * behind its own proxies: only then is {@code X-Forwarded-For} read, and only the entries those proxies appended
 * (a client can put anything in front of them).
 */
public final class ClientAddressResolver {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    /** IPv4 or IPv6 text; anything else in the header is not an address and is not trusted. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final int trustedProxyHops;

    public ClientAddressResolver(int trustedProxyHops) {
        if (trustedProxyHops < 0) {
            throw new IllegalArgumentException("trustedProxyHops must not be negative");
        }
        this.trustedProxyHops = trustedProxyHops;
    }

    public String clientOf(HttpServletRequest request) {
        String connection = request.getRemoteAddr();
        if (trustedProxyHops == 0) {
            return connection;
        }
        List<String> forwarded = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    forwarded.add(entry.trim());
                }
            }
        }
        if (forwarded.isEmpty()) {
            return connection;
        }
        // our nearest proxy appended the address it saw last; with n proxies, the n-th from the right is the client.
        // Fewer entries than proxies: every entry there was still written by one of ours; the leftmost is the client.
        String client = forwarded.get(Math.max(0, forwarded.size() - trustedProxyHops));
        return ADDRESS.matcher(client).matches() ? client : connection;
    }
}
