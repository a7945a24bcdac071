package jp.cityplan.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.cityplan.bench.sql.SqlCounts;

/**
 * What one measured phase cost: lifecycles completed, wall time, CPU seconds of the JVM that ran the engine, and the
 * SQL statements by kind. Optional latency percentiles (submit, app phases only) in milliseconds.
 */
public record Phase(String name, String runner, int workers, int lifecycles, double wallSeconds, double cpuSeconds,
                    Map<String, Long> sql, Map<String, Double> latencyMillis, Map<String, Object> extra) {

    public double lifecyclesPerSecond() {
        return lifecycles / wallSeconds;
    }

    public double cpuSecondsPerLifecycle() {
        return cpuSeconds / lifecycles;
    }

    public double sqlPerLifecycle() {
        return (double) SqlCounts.statements(sql) / lifecycles;
    }

    public Map<String, Double> sqlPerLifecycleByKind() {
        Map<String, Double> perLifecycle = new LinkedHashMap<>();
        sql.forEach((kind, count) -> perLifecycle.put(kind, (double) count / lifecycles));
        return perLifecycle;
    }

    /** The figures as a flat map for the JSON results. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("runner", runner);
        map.put("workers", workers);
        map.put("lifecycles", lifecycles);
        map.put("wallSeconds", wallSeconds);
        map.put("lifecyclesPerSecond", lifecyclesPerSecond());
        map.put("cpuSeconds", cpuSeconds);
        map.put("cpuSecondsPerLifecycle", cpuSecondsPerLifecycle());
        map.put("sqlPerLifecycle", sqlPerLifecycle());
        map.put("sqlPerLifecycleByKind", sqlPerLifecycleByKind());
        map.put("sql", sql);
        if (latencyMillis != null) {
            map.put("submitLatencyMillis", latencyMillis);
        }
        if (extra != null) {
            map.putAll(extra);
        }
        return map;
    }
}
