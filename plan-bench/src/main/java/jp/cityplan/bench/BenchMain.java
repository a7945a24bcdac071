package jp.cityplan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.cityplan.bench.app.AppBench;
import jp.cityplan.bench.app.AppProcess;
import jp.cityplan.bench.engine.EngineOnlyBench;
import jp.cityplan.bench.report.Report;
import jp.cityplan.bench.scale.ScaleBench;

/**
 * Runs the benchmark: the engine-only baseline and the whole app alternately in one run (so that a busy machine
 * slows both alike), then the scale generator, and writes {@code <out>/<size>-<database>.json} and {@code .md}.
 *
 * <pre>
 * --size=smoke|small|long         (default small)
 * --out=DIR                       (default plan-bench/results)
 * --app-jar=PATH                  plan-app's repackaged jar
 * --engine-db-url=URL --app-db-url=URL --db-user=U --db-password=P
 *                                 (default: two H2 files in a temporary directory)
 * --workers=1,5,20 --rate=5       (staff workers per app phase, citizens' arrivals per second)
 * --engine-warmup=N --engine-lifecycles=N --app-warmup=N --app-lifecycles=N
 * --scale-closed=N --scale-open=N --scale-samples=N --scale-api-closed=N --scale-api-open=N
 *                                 (override the size's counts, e.g. on a machine busy with other work)
 * --ready-timeout=900             (seconds the app may take to start)
 * </pre>
 */
public final class BenchMain {

    /**
     * H2 as the app configures it, but waiting up to 10 s for a row lock instead of H2's 1 s: on a machine busy with
     * other work, concurrent submissions otherwise fail on the receipt-number row (docs/benchmarks.md).
     */
    static final String H2_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path written = run(options(args));
        System.out.println("results: " + written);
    }

    /** Runs and returns the JSON file written. */
    public static Path run(Map<String, String> options) throws Exception {
        BenchSize size = BenchSize.of(options.getOrDefault("size", "small")).with(options);
        Path out = Path.of(options.getOrDefault("out", "results")).toAbsolutePath();
        Path appJar = Path.of(options.getOrDefault("app-jar", "../plan-app/target/plan-app-0.1.0-SNAPSHOT.jar"))
                .toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("plan-bench-");
        Database engineDb = new Database(options.getOrDefault("engine-db-url",
                "jdbc:h2:file:" + work.resolve("engine-only/engine") + H2_SETTINGS),
                options.getOrDefault("db-user", "sa"), options.getOrDefault("db-password", ""));
        Database appDb = new Database(options.getOrDefault("app-db-url",
                "jdbc:h2:file:" + work.resolve("app/plan") + H2_SETTINGS),
                options.getOrDefault("db-user", "sa"), options.getOrDefault("db-password", ""));
        if (!engineDb.kind().equals(appDb.kind())) {
            throw new IllegalArgumentException("engine-only and app need the same database kind");
        }
        List<Integer> workers = options.containsKey("workers")
                ? List.of(options.get("workers").split(",")).stream().map(Integer::parseInt).toList()
                : size.workers();
        double rate = Double.parseDouble(options.getOrDefault("rate", Double.toString(size.arrivalsPerSecond())));

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("conditions", Report.conditions(size, engineDb, appDb, rate, workers));
        List<Phase> phases = new ArrayList<>();
        log("engine-only on " + engineDb);
        try (EngineOnlyBench engine = new EngineOnlyBench(engineDb, 4)) {
            Map<String, Object> startup = new LinkedHashMap<>();
            startup.put("engineOnlyStartSeconds", engine.startSeconds());
            engine.run("engine-warmup", size.engineWarmup(), 1);
            log("app from " + appJar + " on " + appDb);
            try (AppProcess app = AppProcess.start(appJar, appDb, work.resolve("app"), "768m",
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("ready-timeout", "900"))))) {
                startup.put("appReadySeconds", app.readySeconds());
                startup.put("appRssMiBAfterStart", app.rssMiB());
                log("app ready in " + app.readySeconds() + " s, RSS " + app.rssMiB() + " MiB");
                AppBench appBench = new AppBench(app);
                if (size.appWarmup() > 0) {
                    appBench.run("app-warmup", size.appWarmup(), rate, 5, Duration.ofMinutes(10));
                }
                for (int n : workers) {
                    phases.add(logged(engine.run("engine-only", size.engineLifecycles(), 1)));
                    phases.add(logged(appBench.run("app", size.appLifecycles(), rate, n, Duration.ofMinutes(20))));
                }
                phases.add(logged(engine.run("engine-only", size.engineLifecycles(), 1)));
                startup.put("appLifecyclesBeforeRss", appBench.answeredSoFar());
                startup.put("appRssMiBAfterLifecycles", app.rssMiB());
                startup.put("appMailsRenderedAndDropped", app.mailsSent());
                startup.put("engineOnlyMailsStubbed", engine.mailsSent());
                results.put("startupAndMemory", startup);
                results.put("sqlAttribution", appBench.attribution(20, Duration.ofSeconds(5)));
                log("scale: " + size.scaleClosed() + " closed, " + size.scaleOpen() + " open");
                results.put("scale", new ScaleBench(app, appBench).run(size, Math.max(rate, 20), 6));
                Map<String, Object> scale = castMap(results.get("scale"));
                scale.put("database", appDb.kind());
            }
        }
        results.put("phases", phases.stream().map(Phase::toMap).toList());
        results.put("ratios", Report.ratios(phases));
        Path json = Report.write(out, size.name() + "-" + appDb.kind(), results, phases, size.name().equals("smoke"));
        System.out.println(Report.ratioTable(phases));
        deleteRecursively(work);
        return json;
    }

    /** The run's databases and app log go once the figures are written (a failed run keeps them to look at). */
    private static void deleteRecursively(Path directory) throws java.io.IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

    private static Phase logged(Phase phase) {
        log(String.format("%-12s workers %2d: %4d lifecycles, %6.1f /s, %.4f CPU-s and %.0f SQL per lifecycle%s",
                phase.runner(), phase.workers(), phase.lifecycles(), phase.lifecyclesPerSecond(),
                phase.cpuSecondsPerLifecycle(), phase.sqlPerLifecycle(),
                phase.latencyMillis() == null ? "" : ", submit p99 " + phase.latencyMillis().get("p99") + " ms"));
        return phase;
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
