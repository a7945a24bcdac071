package jp.cityplan.resilience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the PostgreSQL server for the restart scenario. By default Debian's cluster 15/main
 * ({@code pg_ctlcluster}, run as root as in CI); another server: {@code PLAN_POSTGRES_STOP_COMMAND} and
 * {@code PLAN_POSTGRES_START_COMMAND} (run with {@code sh -c}).
 */
final class PostgresServer {

    private static final String STOP = env("PLAN_POSTGRES_STOP_COMMAND", "pg_ctlcluster 15 main stop -m fast");
    private static final String START = env("PLAN_POSTGRES_START_COMMAND", "pg_ctlcluster 15 main start");

    private PostgresServer() {
    }

    /** Whether the server can be restarted from here (the default commands need pg_ctlcluster and root). */
    static boolean controllable() {
        boolean custom = System.getenv("PLAN_POSTGRES_STOP_COMMAND") != null;
        return custom || (Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster"))
                && "root".equals(System.getProperty("user.name")));
    }

    static void stop() {
        run(STOP);
    }

    static void start() {
        run(START);
    }

    private static void run(String command) {
        try {
            Process process = new ProcessBuilder(List.of("sh", "-c", command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("'" + command + "' failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("'" + command + "' could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running '" + command + "'", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
