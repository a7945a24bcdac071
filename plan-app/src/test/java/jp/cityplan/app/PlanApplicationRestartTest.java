package jp.cityplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole app, started twice on the same H2 file database as a user would: the seed plan is there after the
 * first start, read over HTTP, and still there exactly once after the restart.
 */
class PlanApplicationRestartTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void the_seed_plan_is_served_after_the_first_start_and_kept_once_over_a_restart() throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            JsonNode plan = get(first, "/api/plans/nihonmatsu");
            assertThat(plan.path("id").asText()).isEqualTo("nihonmatsu");
            JsonNode rows = get(first, "/api/plans/nihonmatsu/initiatives");
            assertThat(rows.size()).isEqualTo(67);
            assertThat(storedRows(first)).isEqualTo(67);
        }
        try (ConfigurableApplicationContext second = start()) {
            JsonNode plans = get(second, "/api/plans");
            assertThat(plans.size()).isEqualTo(1);
            assertThat(get(second, "/api/plans/nihonmatsu/initiatives").size()).isEqualTo(67);
            assertThat(storedRows(second)).isEqualTo(67);
            JsonNode filtered = get(second, "/api/plans/nihonmatsu/initiatives?approach=3-1");
            assertThat(filtered.size()).isEqualTo(10);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PlanApplication.class).run(
                "--server.port=0",
                "--plan.data-dir=" + dataDir,
                "--camunda.bpm.job-execution.enabled=false");
    }

    private static Integer storedRows(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from plan_initiative_row", Integer.class);
    }

    private JsonNode get(ConfigurableApplicationContext context, String path) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
