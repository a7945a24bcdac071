package jp.cityplan.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged app ({@code java -jar plan-app.jar}) as a separate process on a loopback port, on
 * the harness database with the {@code postgres} profile. It keeps its ports across restarts; {@link #kill()} sends
 * SIGKILL (no shutdown hook, no graceful close: as a power cut). Its output goes to
 * {@code target/failure-harness/<name>-<start>.log}.
 */
final class AppNode implements AutoCloseable {

    /** Start-up on 2 busy cores: a few times the ~20 s it takes on an idle CI machine. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(
            Long.getLong("plan.harness.start-timeout-seconds", 300));

    final String name;
    final int port;
    private final int smtpPort;
    private final int imapPort;
    private final Path jar;
    private final Path dir;
    private final HarnessDatabase database;
    private final List<String> extraArguments;
    private Process process;
    private int starts;

    AppNode(String name, Path jar, Path dir, HarnessDatabase database, List<String> extraArguments) {
        this.name = name;
        this.jar = jar;
        this.dir = dir;
        this.database = database;
        this.extraArguments = extraArguments;
        this.port = freePort();
        this.smtpPort = freePort();
        this.imapPort = freePort();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Starts the app and waits until {@code /actuator/health} is UP. */
    void start() {
        if (alive()) {
            throw new IllegalStateException(name + " is running already");
        }
        starts++;
        Path log = dir.resolve(name + "-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-jar", jar.toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--spring.profiles.active=postgres",
                "--plan.data-dir=" + dir.resolve(name + "-data"),
                // the demo's in-process mail sink on ports of its own: the process sends real mails to it
                "--demo.mail-sink.enabled=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--demo.mail-sink.imap-port=" + imapPort,
                // the engine's job log names the node that ran a job
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        command.addAll(extraArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("PLAN_DB_URL", database.url);
        env.put("PLAN_DB_USER", HarnessDatabase.USER);
        env.put("PLAN_DB_PASSWORD", HarnessDatabase.PASSWORD);
        // the harness is one client sending many requests: the per-client limit would refuse most
        env.put("PLAN_RATE_LIMIT_ENABLED", "false");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        awaitHealthy(log);
    }

    private void awaitHealthy(Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " died while starting; log " + log + ":\n" + tail(log));
            }
            if (Http.status(uri("/actuator/health")) == 200) {
                return;
            }
            Harness.pause(500);
        }
        throw new IllegalStateException(name + " not healthy within " + START_TIMEOUT + "; log " + log + ":\n"
                + tail(log));
    }

    /** SIGKILL: the JVM ends at once, in the middle of whatever it does. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        kill();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
