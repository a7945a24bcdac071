package jp.cityplan.app.config.retention;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the city keeps the history of a finished case (保存期間), per process or decision key, in days. History
 * cleanup removes nothing younger: the days become the definitions' history time to live at deployment and at every
 * start (a changed setting applies to the versions already deployed too), and cleanup counts from the case's end.
 *
 * @param defaultDays days for every process and decision not named in {@code days}
 * @param days        days per process or decision key, e.g. {@code citizen-proposal: 1825}
 */
@ConfigurationProperties("plan.retention")
public record RetentionProperties(@DefaultValue("1825") int defaultDays, Map<String, Integer> days) {

    public RetentionProperties {
        days = days == null ? Map.of() : Map.copyOf(days);
        if (defaultDays < 1) {
            throw new IllegalArgumentException("plan.retention.default-days must be at least 1, not " + defaultDays);
        }
        days.forEach((key, value) -> {
            if (value == null || value < 1) {
                throw new IllegalArgumentException("plan.retention.days." + key + " must be at least 1, not " + value);
            }
        });
    }

    /** The days the history of a case of this process or decision is kept. */
    public int daysFor(String key) {
        return days.getOrDefault(key, defaultDays);
    }
}
