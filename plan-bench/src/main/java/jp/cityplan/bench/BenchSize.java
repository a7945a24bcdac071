package jp.cityplan.bench;

import java.util.List;

/**
 * How much a run does. {@code smoke}: seconds, for {@code mvn verify} (checks that figures are written, never how
 * fast); {@code small}: the default, under 5 minutes on 2 cores; {@code long}: a city-decade of data (hours).
 *
 * <p>The scale phase goes through the API until {@code scaleApiClosed} proposals are answered (the lifecycle phases
 * count) and {@code scaleApiOpen} more wait for staff, then copies them in the database up to {@code scaleClosed}
 * and {@code scaleOpen} ({@code app/probe/ScaleCopy}).
 */
public record BenchSize(String name, int engineWarmup, int engineLifecycles, int appWarmup, int appLifecycles,
                        double arrivalsPerSecond, List<Integer> workers, int scaleClosed, int scaleOpen,
                        int scaleSamples, int scaleBatch, int scaleApiClosed, int scaleApiOpen) {

    public static BenchSize of(String name) {
        return switch (name) {
            // the smoke run copies too (60 closed from its 20, 12 open from 6), so that CI runs the generator
            case "smoke" -> new BenchSize(name, 5, 20, 0, 20, 5, List.of(2), 60, 12, 5, 100, 0, 6);
            case "small" -> new BenchSize(name, 300, 200, 50, 100, 5, List.of(1, 5, 20), 600, 150, 100, 250, 600,
                    150);
            // a city-decade: 10,100 lifecycles (the memory after 10k) and 1,000 open proposals go through the app
            // at 4 arrivals/s (below the 4.6/s two idle cores answer), the rest is copied; the engine settles sooner
            case "long" -> new BenchSize(name, 500, 500, 500, 3_200, 4, List.of(1, 5, 20), 100_000, 10_000, 500,
                    2_000, 0, 1_000);
            default -> throw new IllegalArgumentException("size is smoke, small or long, not " + name);
        };
    }

    /** The size with any of its counts overridden by options of the same name (e.g. {@code --app-lifecycles=40}). */
    public BenchSize with(java.util.Map<String, String> options) {
        return new BenchSize(name, option(options, "engine-warmup", engineWarmup),
                option(options, "engine-lifecycles", engineLifecycles), option(options, "app-warmup", appWarmup),
                option(options, "app-lifecycles", appLifecycles), arrivalsPerSecond, workers,
                option(options, "scale-closed", scaleClosed), option(options, "scale-open", scaleOpen),
                option(options, "scale-samples", scaleSamples), scaleBatch,
                option(options, "scale-api-closed", scaleApiClosed), option(options, "scale-api-open", scaleApiOpen));
    }

    private static int option(java.util.Map<String, String> options, String name, int value) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : value;
    }
}
