package jp.cityplan.app.adapter.in.web.publicworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.cityplan.app.config.security.CurrentEngineExtension;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One evaluation over HTTP from the scan to publication, on the whole app (security, engine authorization, Flyway
 * schema, real adapters, the engine's REST API): the planning division registers a project and scans the register,
 * the owning division, the planning division, the three committee members and the decision maker each find their
 * task (candidate group or assignee) and it is completed through {@code /engine-rest} (administrators only in this
 * app: staff work in Tasklist), and the result is found in the public API and page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:public-works-full-stack;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(CurrentEngineExtension.class)
class PublicWorksFullStackTest {

    private static final String PLANNING = "seisaku";
    private static final String ADMIN = "demo";
    private static final String PROJECT = """
            {"id": "PW-0101", "name": "市道安達ヶ原線道路改良事業", "owningDivision": "div-civil-engineering",
             "kind": "ROAD", "funding": "DIRECT", "initiative": "%s", "adoptedIn": 2015,
             "totalCostYen": 640000000, "maintenanceCostYen": 2000000, "expectedBenefits": "通学路の安全確保"}""";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String initiative() {
        return jdbc.queryForObject("select min(initiative_code) from plan_initiative_row where initiative_code is not null", String.class);
    }

    /** The task of the evaluation, as the REST API shows it; it belongs to the user or the user's group. */
    private String taskId(String userOrGroup, String reference, String taskKey) throws Exception {
        HttpResponse<String> tasks = send("GET", "/engine-rest/task?processInstanceBusinessKey=" + reference
                + "&taskDefinitionKey=" + taskKey + "&maxResults=10"
                + (userOrGroup.startsWith("div-") || userOrGroup.endsWith("-approvers") ? "" : "&assignee=" + userOrGroup),
                ADMIN, null);
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        JsonNode list = json.readTree(tasks.body());
        assertThat(list).as("task %s", taskKey).hasSize(1);
        String id = list.get(0).path("id").asText();
        String links = send("GET", "/engine-rest/task/" + id + "/identity-links", ADMIN, null).body();
        assertThat(links).as("%s works on %s", userOrGroup, taskKey)
                .containsAnyOf("\"groupId\":\"" + userOrGroup + "\"", "\"userId\":\"" + userOrGroup + "\"");
        return id;
    }

    private HttpResponse<String> complete(String taskId, Map<String, Object> variables) throws Exception {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return send("POST", "/engine-rest/task/" + taskId + "/complete", ADMIN,
                json.writeValueAsString(Map.of("variables", typed)));
    }

    private void completeAs(String user, String reference, String taskKey, Map<String, Object> variables)
            throws Exception {
        HttpResponse<String> done = complete(taskId(user, reference, taskKey), variables);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    private void runJobs() throws Exception {
        JsonNode jobs = json.readTree(send("GET", "/engine-rest/job?executable=true&maxResults=50", "demo", null).body());
        for (JsonNode job : jobs) {
            assertThat(send("POST", "/engine-rest/job/" + job.path("id").asText() + "/execute", "demo", null)
                    .statusCode()).isEqualTo(204);
        }
    }

    private static Map<String, Object> sheet(long constructionCost) {
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("changeOfCircumstances", "沿線の宅地化で交通量が増えた");
        sheet.put("necessityScore", 4);
        sheet.put("necessity", "通学路の歩道が未整備");
        sheet.put("effectivenessScore", 4);
        sheet.put("effectiveness", "歩行者事故の減少");
        sheet.put("progressScore", 3);
        sheet.put("progressAndOutlook", "用地交渉を再開した");
        sheet.put("costReductionOrAlternatives", "既存側溝の活用で縮減する");
        sheet.put("effectSafety", true);
        sheet.put("userBenefitsYen", 1_200_000_000L);
        sheet.put("constructionCostYen", constructionCost);
        sheet.put("maintenanceCostYen", constructionCost == 0 ? 0 : 60_000_000L);
        return sheet;
    }

    @Test
    void one_evaluation_runs_from_the_scan_to_its_publication_over_http() throws Exception {
        assertThat(send("POST", "/api/staff/public-works/scan", null, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/staff/public-works/scan", "doboku", null).statusCode()).isEqualTo(403);
        HttpResponse<String> registered = send("POST", "/api/staff/public-works/projects", PLANNING,
                PROJECT.formatted(initiative()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        HttpResponse<String> scanned = send("POST", "/api/staff/public-works/scan", PLANNING, null);
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(200);
        String reference = "PW-0101-RE-" + FiscalYear.containing(LocalDate.now(CitizenProposal.CITY_ZONE)).year();
        assertThat(json.readTree(scanned.body()).path("started")).extracting(JsonNode::asText).containsExactly(reference);
        assertThat(json.readTree(send("POST", "/api/staff/public-works/scan", PLANNING, null).body()).path("started"))
                .as("never twice in a cycle").isEmpty();
        runJobs();

        String sheetTask = taskId("div-civil-engineering", reference, "Task_FillInSheet");
        HttpResponse<String> refused = complete(sheetTask, sheet(0));
        assertThat(refused.statusCode()).isBetween(400, 599);
        assertThat(refused.body()).contains("constructionCostYen").doesNotContain("\tat ");
        assertThat(taskId("div-civil-engineering", reference, "Task_FillInSheet")).isEqualTo(sheetTask);
        assertThat(jdbc.queryForObject("select state from public_works_evaluation where reference = ?", String.class,
                reference)).isEqualTo("SHEET_REQUESTED");
        completeAs("div-civil-engineering", reference, "Task_FillInSheet", sheet(540_000_000L));

        completeAs("div-policy-promotion", reference, "Task_DraftPolicy", Map.of("policyDecision", "CONTINUE",
                "policyReasons", "B/C 2.00、用地交渉の再開", "committeeMeetingDate", LocalDate.now().plusDays(30).toString()));
        for (String member : new String[] {"iin-kobayashi", "iin-tanaka", "iin-yamamoto"}) {
            completeAs(member, reference, "Task_GiveOpinion", Map.of("memberDecision", "CONTINUE",
                    "memberOpinion", "継続が妥当", "siteVisitRequested", false));
        }
        completeAs("iin-kobayashi", reference, "Task_ConsolidateOpinion", Map.of("opinionDecision", "CONTINUE",
                "opinionText", "用地取得の見通しが立ったため継続が妥当である"));
        completeAs("final-approvers", reference, "Task_DecideOutcome", Map.of("decision", "CONTINUE"));

        HttpResponse<String> published = send("GET", "/api/public-works/evaluations", null, null);
        assertThat(published.statusCode()).isEqualTo(200);
        JsonNode first = json.readTree(published.body()).get(0);
        assertThat(first.path("reference").asText()).isEqualTo(reference);
        assertThat(first.path("decision").path("code").asText()).isEqualTo("CONTINUE");
        assertThat(first.path("decision").path("label").asText()).isEqualTo("継続");
        assertThat(first.path("opinionText").asText()).startsWith("用地取得");
        assertThat(first.path("benefitCostRatio").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(send("GET", "/public-works?lang=en", null, null).body())
                .contains("市道安達ヶ原線道路改良事業").contains("Continue").contains("lang=\"en\"");
        assertThat(jdbc.queryForObject("select last_decision from public_works_project where project_id = 'PW-0101'",
                String.class)).isEqualTo("CONTINUE");
    }

    @Test
    void bad_register_entries_are_refused_with_their_fields_and_nothing_is_stored() throws Exception {
        String bad = PROJECT.formatted(initiative()).replace("\"PW-0101\"", "\"PW-0102\"")
                .replace("640000000", "-1").replace("\"adoptedIn\": 2015", "\"adoptedIn\": 2015, \"workStartedOn\": \"2016-05-01\", \"completedOn\": \"2014-03-01\"");
        HttpResponse<String> refused = send("POST", "/api/staff/public-works/projects", PLANNING, bad);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode violations = json.readTree(refused.body()).path("violations");
        assertThat(violations).extracting(v -> v.path("field").asText() + " " + v.path("reason").asText())
                .containsExactlyInAnyOrder("totalCostYen NEGATIVE", "completedOn DATE_ORDER");
        assertThat(violations.get(0).path("message").asText()).matches(".*[ぁ-んァ-ン一-龥].*");
        assertThat(send("POST", "/api/staff/public-works/projects/PW-0999/ex-ante-evaluation", PLANNING, null)
                .statusCode()).isEqualTo(404);
        HttpResponse<String> unknownInitiative = send("POST", "/api/staff/public-works/projects", PLANNING,
                PROJECT.formatted("9-9.9").replace("PW-0101", "PW-0103"));
        assertThat(unknownInitiative.body()).contains("\"field\":\"initiative\"").contains("UNKNOWN");
        assertThat(jdbc.queryForObject("select count(*) from public_works_project where project_id in ('PW-0102', 'PW-0103')",
                Integer.class)).isZero();
    }
}
