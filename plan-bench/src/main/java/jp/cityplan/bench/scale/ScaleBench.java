package jp.cityplan.bench.scale;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.cityplan.bench.BenchSize;
import jp.cityplan.bench.app.AppBench;
import jp.cityplan.bench.app.AppProcess;
import org.HdrHistogram.Histogram;

/**
 * A city's years of proposals in the app: answered and published proposals (full history, audit rows, published
 * list) and open ones waiting for staff (half at intake, half at their division's drafting task), first through the
 * API and {@code /engine-rest}, then, for the long run, copied in the database ({@code probe/ScaleCopy}); then the
 * latency of what staff and citizens read at that size.
 */
public final class ScaleBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AppProcess app;
    private final AppBench bench;

    public ScaleBench(AppProcess app, AppBench bench) {
        this.app = app;
        this.bench = bench;
    }

    /**
     * Loads through the API up to {@code size.scaleApiClosed()} answered (what earlier phases answered counts) and
     * {@code size.scaleApiOpen()} open proposals, copies them in the database up to {@code size.scaleClosed()} and
     * {@code size.scaleOpen()}, and measures the reads.
     */
    public Map<String, Object> run(BenchSize size, double loadPerSecond, int loadWorkers) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        long loadStarted = System.nanoTime();
        long answered = bench.answeredSoFar();
        while (answered < size.scaleApiClosed()) {
            int next = (int) Math.min(size.scaleBatch(), size.scaleApiClosed() - answered);
            bench.run("scale-load", next, loadPerSecond, loadWorkers, java.time.Duration.ofMinutes(30));
            answered += next;
        }
        if (size.scaleApiOpen() > 0) {
            bench.leaveOpen(size.scaleApiOpen(), loadPerSecond, loadWorkers);
        }
        result.put("closedThroughApi", bench.answeredSoFar());
        result.put("openThroughApi", size.scaleApiOpen());
        result.put("apiLoadSeconds", (System.nanoTime() - loadStarted) / 1e9);
        if (size.scaleClosed() > bench.answeredSoFar() || size.scaleOpen() > size.scaleApiOpen()) {
            result.put("copy", JSON.readValue(app.scaleCopy(size.scaleClosed(), size.scaleOpen()), Map.class));
        }
        result.put("closedProposals", bench.answeredSoFar());
        result.put("openTasks", bench.openTasks());
        result.put("loadSeconds", (System.nanoTime() - loadStarted) / 1e9);
        if (result.containsKey("copy") && size.scaleOpen() > size.scaleApiOpen()) {
            result.put("copiedTaskCompleted", bench.completeCopiedTask());
        }
        result.put("rssMiBAfterLoad", app.rssMiB());
        int samples = size.scaleSamples();

        String filter = bench.filterId("自課の案件", "koho");
        Map<String, HttpRequest> reads = new LinkedHashMap<>();
        reads.put("tasklistTaskQuery (GET /engine-rest/task, koho, div-public-relations, 15 newest)",
                bench.get("/engine-rest/task?candidateGroup=div-public-relations&sortBy=created&sortOrder=desc"
                        + "&firstResult=0&maxResults=15", "koho"));
        reads.put("myDivisionFilter (POST /engine-rest/filter/{自課の案件}/list, koho, 15)",
                bench.post("/engine-rest/filter/" + URLEncoder.encode(filter, StandardCharsets.UTF_8)
                        + "/list?firstResult=0&maxResults=15", "koho", "{}"));
        reads.put("publishedList (GET /api/proposals/published, page 0 of 20)",
                bench.get("/api/proposals/published?page=0&size=20", null));
        reads.put("planPage (GET /plans/nihonmatsu)", bench.get("/plans/nihonmatsu", null));
        Map<String, Object> latencies = new LinkedHashMap<>();
        for (Map.Entry<String, HttpRequest> read : reads.entrySet()) {
            latencies.put(read.getKey(), measure(read.getValue(), samples));
        }
        result.put("readLatencyMillis", latencies);
        return result;
    }

    /** One request after another (a warm-up tenth first, not counted). */
    private Map<String, Double> measure(HttpRequest request, int samples) throws Exception {
        Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        for (int i = 0; i < samples / 10 + 1; i++) {
            send(request);
        }
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            send(request);
            micros.recordValue((System.nanoTime() - started) / 1000);
        }
        Map<String, Double> millis = new LinkedHashMap<>();
        millis.put("p50", micros.getValueAtPercentile(50) / 1000.0);
        millis.put("p99", micros.getValueAtPercentile(99) / 1000.0);
        millis.put("samples", (double) samples);
        return millis;
    }

    private void send(HttpRequest request) throws Exception {
        HttpResponse<String> response = bench.send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + ": HTTP " + response.statusCode());
        }
    }
}
