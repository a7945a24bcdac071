package jp.cityplan.bench.app;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.cityplan.bench.Cpu;
import jp.cityplan.bench.Database;
import jp.cityplan.bench.app.probe.BenchProbeAutoConfiguration;

/**
 * plan-app as a JVM of its own, started from its repackaged jar with the bench probe on its class path
 * ({@code loader.path}, PropertiesLauncher): loopback only, the given database (the standard
 * {@code spring.datasource.*} properties), demo staff on, rate limits off (one client sends every citizen's
 * proposal), mail stubbed by the probe. Knows its pid, so CPU and RSS are read from /proc.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int probePort;
    private final double readySeconds;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppProcess(Process process, int port, int probePort, double readySeconds) {
        this.process = process;
        this.port = port;
        this.probePort = probePort;
        this.readySeconds = readySeconds;
    }

    /**
     * Starts the app and waits until {@code /actuator/health} answers UP.
     *
     * @param dataDir where the app keeps its H2 file (if the database is H2 and no URL is given) and its log
     */
    public static AppProcess start(Path appJar, Database database, Path dataDir, String maxHeap,
                                   Duration timeout) throws IOException, InterruptedException {
        if (!Files.isRegularFile(appJar)) {
            throw new IllegalStateException("plan-app's jar is missing at " + appJar
                    + ": build it first (mvn -pl plan-bench -am verify builds it)");
        }
        Files.createDirectories(dataDir);
        int port = freePort();
        int probePort = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dloader.path=" + probeClassPath());
        command.add("-cp");
        command.add(appJar.toString());
        command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.add("--bench.probe.port=" + probePort);
        command.add("--plan.data-dir=" + dataDir);
        command.add("--spring.datasource.url=" + database.url());
        command.add("--spring.datasource.username=" + database.user());
        command.add("--spring.datasource.password=" + database.password());
        command.add("--rate-limit.enabled=false");
        command.add("--organisation.demo-users=true");
        command.add("--logging.level.root=WARN");
        command.add("--logging.level.jp.cityplan=WARN");
        command.add("--logging.file.name=" + dataDir.resolve("app.log"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.out").toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        // a benchmark stopped with Ctrl-C or kill takes its app along
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-plan-app"));
        AppProcess app = new AppProcess(process, port, probePort, Double.NaN);
        double ready = app.awaitReady(started, timeout);
        return new AppProcess(process, port, probePort, ready);
    }

    private double awaitReady(long started, Duration timeout) throws InterruptedException {
        long deadline = started + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("plan-app exited with " + process.exitValue() + " while starting");
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("plan-app not ready within " + timeout);
    }

    /** The directory or jar holding the probe classes (this module's classes). */
    private static String probeClassPath() {
        try {
            return new File(BenchProbeAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()).getAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public long pid() {
        return process.pid();
    }

    public double readySeconds() {
        return readySeconds;
    }

    public double cpuSeconds() {
        return Cpu.cpuSecondsOf(process.pid());
    }

    public double rssMiB() {
        return Cpu.rssMiB(process.pid());
    }

    /** The app's SQL counts so far, by kind. */
    public Map<String, Long> sqlSnapshot() throws IOException, InterruptedException {
        Map<String, Long> counts = probe();
        counts.remove("mails");
        return counts;
    }

    /**
     * Has the probe copy the answered and open proposals in the app's database until there are {@code closed} and
     * {@code open} of them (the long run's generator, {@code probe/ScaleCopy}); returns what it did, as JSON.
     */
    public String scaleCopy(long closed, long open) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + probePort
                        + "/scale-copy?closed=" + closed + "&open=" + open)).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofHours(6)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("scale copy failed: " + response.body());
        }
        return response.body();
    }

    /** The mails the app rendered and the probe dropped. */
    public long mailsSent() throws IOException, InterruptedException {
        return probe().get("mails");
    }

    private Map<String, Long> probe() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + probePort + "/sql")).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Long> counts = new LinkedHashMap<>();
        String body = response.body().replaceAll("[{}\"]", "");
        for (String pair : body.split(",")) {
            String[] kv = pair.split(":");
            counts.put(kv[0], Long.parseLong(kv[1]));
        }
        return counts;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
