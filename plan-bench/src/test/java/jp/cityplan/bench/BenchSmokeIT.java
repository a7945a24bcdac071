package jp.cityplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's smoke run, as {@code mvn verify} runs it: a few lifecycles on the bare engine and through the
 * packaged app, a tiny scale load. It checks that the run happened and wrote its figures, never how fast anything was.
 */
class BenchSmokeIT {

    @TempDir
    Path out;

    @Test
    void aSmokeRunWritesFiguresForTheEngineTheAppAndTheScaleReads() throws Exception {
        Path json = BenchMain.run(Map.of("size", "smoke", "out", out.toString(),
                "app-jar", System.getProperty("bench.app.jar", "../plan-app/target/plan-app-0.1.0-SNAPSHOT.jar")));

        assertThat(json).exists();
        assertThat(out.resolve("smoke-h2.md")).exists();
        assertThat(Files.readString(out.resolve("smoke-h2.md"))).contains("Ratio app / engine-only");
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        JsonNode phases = results.get("phases");
        assertThat(phases).isNotEmpty();
        for (JsonNode phase : phases) {
            assertThat(phase.get("lifecycles").asInt()).as("lifecycles of %s", phase.get("runner")).isPositive();
            assertThat(phase.get("cpuSeconds").asDouble()).as("CPU of %s", phase.get("runner")).isPositive();
            assertThat(phase.get("sqlPerLifecycle").asDouble()).as("SQL of %s", phase.get("runner")).isPositive();
        }
        assertThat(phases.findValuesAsText("runner")).contains("engine-only", "app");
        assertThat(results.get("ratios").get(0).get("sqlPerLifecycle").asDouble()).isPositive();
        assertThat(results.at("/startupAndMemory/appReadySeconds").asDouble()).isPositive();
        assertThat(results.at("/startupAndMemory/appRssMiBAfterLifecycles").asDouble()).isPositive();
        assertThat(results.at("/scale/copy/closedCopies").asInt()).as("copies of the answered proposals").isPositive();
        assertThat(results.at("/scale/closedProposals").asLong()).as("answered after the copy").isEqualTo(60);
        assertThat(results.at("/scale/openTasks").asLong()).as("open tasks after the copy").isGreaterThanOrEqualTo(12);
        assertThat(results.at("/scale/copiedTaskCompleted").asText()).as("a copied task taken one step on")
                .contains("~");
        assertThat(results.at("/scale/readLatencyMillis")).hasSize(4);
    }
}
