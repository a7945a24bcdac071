package jp.cityplan.bench;

import java.util.List;

/**
 * How much a run does. {@code smoke}: seconds, for {@code mvn verify} (checks that figures are written, never how
 * fast); {@code small}: the default, under 5 minutes on 2 cores; {@code long}: a city-decade of data (hours).
 */
public record BenchSize(String name, int engineWarmup, int engineLifecycles, int appWarmup, int appLifecycles,
                        double arrivalsPerSecond, List<Integer> workers, int scaleClosed, int scaleOpen,
                        int scaleSamples, int scaleBatch) {

    public static BenchSize of(String name) {
        return switch (name) {
            case "smoke" -> new BenchSize(name, 5, 20, 0, 20, 5, List.of(2), 0, 6, 5, 100);
            case "small" -> new BenchSize(name, 300, 200, 50, 100, 5, List.of(1, 5, 20), 600, 150, 100, 250);
            // receipt numbers have 5 digits per fiscal year (P2026-99999): closed + open + the phases stay below
            case "long" -> new BenchSize(name, 2_000, 2_000, 500, 1_000, 10, List.of(1, 5, 20), 85_000, 10_000, 500,
                    2_000);
            default -> throw new IllegalArgumentException("size is smoke, small or long, not " + name);
        };
    }

    /** The size with any of its counts overridden by options of the same name (e.g. {@code --app-lifecycles=40}). */
    public BenchSize with(java.util.Map<String, String> options) {
        return new BenchSize(name, option(options, "engine-warmup", engineWarmup),
                option(options, "engine-lifecycles", engineLifecycles), option(options, "app-warmup", appWarmup),
                option(options, "app-lifecycles", appLifecycles), arrivalsPerSecond, workers,
                option(options, "scale-closed", scaleClosed), option(options, "scale-open", scaleOpen),
                option(options, "scale-samples", scaleSamples), scaleBatch);
    }

    private static int option(java.util.Map<String, String> options, String name, int value) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : value;
    }
}
