package jp.cityplan.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.cityplan.bench.BenchSize;
import jp.cityplan.bench.Database;
import jp.cityplan.bench.Phase;

/** Writes a run's figures: JSON with everything, and a short Markdown summary with the ratio app / engine-only. */
public final class Report {

    /** Above this ratio of SQL per lifecycle the summary explains where the app's statements go. */
    static final double SQL_RATIO_TO_EXPLAIN = 1.5;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {
    }

    public static Map<String, Object> conditions(BenchSize size, Database engineDb, Database appDb, double rate,
                                                 List<Integer> workers) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions.put("startedAt", Instant.now().toString());
        conditions.put("size", size.name());
        conditions.put("cores", Runtime.getRuntime().availableProcessors());
        conditions.put("loadAverageAtStart", loadAverage());
        conditions.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        conditions.put("database", appDb.kind());
        conditions.put("engineOnlyDatabase", engineDb.toString());
        conditions.put("appDatabase", appDb.toString());
        conditions.put("engineOnlyThreads", 1);
        conditions.put("arrivalsPerSecond", rate);
        conditions.put("staffWorkers", workers);
        conditions.put("engineWarmupLifecycles", size.engineWarmup());
        conditions.put("appWarmupLifecycles", size.appWarmup());
        conditions.put("engineLifecyclesPerPhase", size.engineLifecycles());
        conditions.put("appLifecyclesPerPhase", size.appLifecycles());
        conditions.put("scaleClosed", size.scaleClosed());
        conditions.put("scaleOpen", size.scaleOpen());
        conditions.put("scaleClosedThroughApi", size.scaleApiClosed());
        conditions.put("scaleOpenThroughApi", size.scaleApiOpen());
        conditions.put("scaleReadSamples", size.scaleSamples());
        return conditions;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** App phases against the mean of the engine-only phases of the same run. */
    public static List<Map<String, Object>> ratios(List<Phase> phases) {
        Phase engine = engineMean(phases);
        return phases.stream().filter(p -> p.runner().equals("app")).map(app -> {
            Map<String, Object> ratio = new LinkedHashMap<>();
            ratio.put("workers", app.workers());
            ratio.put("cpuPerLifecycle", app.cpuSecondsPerLifecycle() / engine.cpuSecondsPerLifecycle());
            ratio.put("sqlPerLifecycle", app.sqlPerLifecycle() / engine.sqlPerLifecycle());
            ratio.put("lifecyclesPerSecond", app.lifecyclesPerSecond() / engine.lifecyclesPerSecond());
            return ratio;
        }).toList();
    }

    /** The engine-only phases summed into one. */
    static Phase engineMean(List<Phase> phases) {
        List<Phase> engine = phases.stream().filter(p -> p.runner().equals("engine-only")).toList();
        Map<String, Long> sql = new LinkedHashMap<>();
        engine.forEach(p -> p.sql().forEach((kind, count) -> sql.merge(kind, count, Long::sum)));
        return new Phase("engine-only (all)", "engine-only", 1, engine.stream().mapToInt(Phase::lifecycles).sum(),
                engine.stream().mapToDouble(Phase::wallSeconds).sum(),
                engine.stream().mapToDouble(Phase::cpuSeconds).sum(), sql, null, null);
    }

    public static String ratioTable(List<Phase> phases) {
        Phase engine = engineMean(phases);
        StringBuilder table = new StringBuilder();
        table.append("| staff workers | app lifecycles/s | engine-only lifecycles/s | CPU-ms per lifecycle app / engine (ratio) "
                + "| SQL per lifecycle app / engine (ratio) |\n|---|---|---|---|---|\n");
        for (Phase app : phases) {
            if (!app.runner().equals("app")) {
                continue;
            }
            table.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f / %.1f (**%.2f×**) | %.0f / %.0f (**%.2f×**) |%n",
                    app.workers(), app.lifecyclesPerSecond(), engine.lifecyclesPerSecond(),
                    app.cpuSecondsPerLifecycle() * 1000, engine.cpuSecondsPerLifecycle() * 1000,
                    app.cpuSecondsPerLifecycle() / engine.cpuSecondsPerLifecycle(),
                    app.sqlPerLifecycle(), engine.sqlPerLifecycle(), app.sqlPerLifecycle() / engine.sqlPerLifecycle()));
        }
        return table.toString();
    }

    /** Writes {@code <name>.json} and {@code <name>.md}; for real runs also {@code latest.json} and {@code latest.md}. */
    public static Path write(Path out, String name, Map<String, Object> results, List<Phase> phases, boolean smoke)
            throws IOException {
        Files.createDirectories(out);
        castMap(results.get("conditions")).put("loadAverageAtEnd", loadAverage());
        Path json = out.resolve(name + ".json");
        JSON.writeValue(json.toFile(), results);
        Path md = out.resolve(name + ".md");
        Files.writeString(md, markdown(results, phases));
        if (!smoke) {
            Files.copy(json, out.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(md, out.resolve("latest.md"), StandardCopyOption.REPLACE_EXISTING);
        }
        return json;
    }

    static String markdown(Map<String, Object> results, List<Phase> phases) {
        Map<String, Object> conditions = castMap(results.get("conditions"));
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark: the app against the bare engine (").append(conditions.get("size")).append(", ")
                .append(conditions.get("database")).append(")\n\n");
        md.append("Written by `plan-bench` (docs/benchmarks.md explains what is measured and how to read it).\n\n");
        md.append("## Conditions\n\n");
        conditions.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        md.append("\nThe engine-only baseline and the app ran alternately in this run; compare the ratios, not the absolute "
                + "figures with other runs (a load average above the core count means other work shared the CPU).\n\n");

        md.append("## Ratio app / engine-only\n\n").append(ratioTable(phases)).append('\n');

        md.append("## Phases\n\n| phase | workers | lifecycles | lifecycles/s | CPU-ms per lifecycle | SQL per lifecycle "
                + "(select/insert/update/delete/other) | commits per lifecycle | submit latency p50/p95/p99 ms |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (Phase phase : phases) {
            Map<String, Double> kinds = phase.sqlPerLifecycleByKind();
            String latency = phase.latencyMillis() == null ? "–" : String.format(Locale.ROOT, "%.0f / %.0f / %.0f",
                    phase.latencyMillis().get("p50"), phase.latencyMillis().get("p95"), phase.latencyMillis().get("p99"));
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.0f (%.0f/%.0f/%.0f/%.0f/%.0f) | %.1f | %s |%n",
                    phase.runner(), phase.workers(), phase.lifecycles(), phase.lifecyclesPerSecond(),
                    phase.cpuSecondsPerLifecycle() * 1000, phase.sqlPerLifecycle(), kinds.get("select"),
                    kinds.get("insert"), kinds.get("update"), kinds.get("delete"), kinds.get("other"),
                    kinds.get("commit"), latency));
        }
        md.append("\nApp phases: HTTP requests per lifecycle: ");
        phases.stream().filter(p -> p.extra() != null).findFirst()
                .ifPresent(p -> md.append(p.extra().get("httpPerLifecycle")));
        md.append(" (first app phase).\n\n");

        md.append("## Start-up and memory\n\n");
        castMap(results.get("startupAndMemory")).forEach((key, value) ->
                md.append("- ").append(key).append(": ").append(format(value)).append('\n'));

        Map<String, Object> attribution = castMap(results.get("sqlAttribution"));
        md.append("\n## Where the app's SQL goes\n\n");
        attribution.forEach((key, value) -> md.append("- ").append(key).append(": ").append(format(value)).append('\n'));
        Phase engine = engineMean(phases);
        boolean above = phases.stream().anyMatch(p -> p.runner().equals("app")
                && p.sqlPerLifecycle() > SQL_RATIO_TO_EXPLAIN * engine.sqlPerLifecycle());
        if (above) {
            md.append("\nThe app runs more than ").append(SQL_RATIO_TO_EXPLAIN).append("× the engine's SQL per lifecycle. ")
                    .append("Beyond the same engine work it adds, per lifecycle: the proposal row (insert, then an update per "
                            + "state change by the delegates, each after a select by receipt number) and its receipt-number "
                            + "sequence; the idempotency key (insert and update); one audit row per task assignment and "
                            + "completion and per process start/end (the audit plugin); the engine's authorization checks "
                            + "(authorization rows written when tasks are claimed, joined into every task query); HTTP Basic "
                            + "authentication on every /engine-rest request (user, groups and tenants read); the staff "
                            + "workers' task-list requests (see sqlPerTaskListRequest above, times taskList per lifecycle); "
                            + "and the job executor's acquisition queries (sqlPerIdleSecond, also while busy). "
                            + "docs/benchmarks.md says what it would take to cut each.\n");
        }

        Map<String, Object> scale = castMap(results.get("scale"));
        md.append("\n## Scale\n\n");
        scale.forEach((key, value) -> {
            if (!key.equals("readLatencyMillis")) {
                md.append("- ").append(key).append(": ").append(format(value)).append('\n');
            }
        });
        md.append("\n| read | p50 ms | p99 ms | samples |\n|---|---|---|---|\n");
        castMap(scale.get("readLatencyMillis")).forEach((read, value) -> {
            Map<String, Object> figures = castMap(value);
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f |%n", read, figures.get("p50"),
                    figures.get("p99"), figures.get("samples")));
        });
        return md.toString();
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }
}
