package jp.cityplan.bench.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** The calls citizens and staff make over loopback HTTP: the public proposal API and {@code /engine-rest}. */
final class EngineRest {

    static final String PASSWORD = "demo";
    static final ObjectMapper JSON = new ObjectMapper();

    static final String PROPOSAL = """
            {"subject":"市のお知らせをメールでも届けてほしい",
             "text":"広報紙だけでなくメールでもお知らせを受け取りたいです。詳しくは 090-1234-5678 までご連絡ください。",
             "category":"public-relations","initiatives":[],"familyName":"安達","givenName":"花子","area":"二本松地区",
             "email":"hanako.adachi@example.jp","wantsAnswer":true,"publicationConsent":"ANONYMOUS"}""";

    private final HttpClient http;
    private final AppProcess app;

    EngineRest(AppProcess app) {
        this.app = app;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpClient http() {
        return http;
    }

    /** A citizen's submission through the public API, with an idempotency key as a careful client sends it. */
    HttpRequest submission() {
        return HttpRequest.newBuilder(app.uri("/api/proposals"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(PROPOSAL, StandardCharsets.UTF_8)).build();
    }

    /** Unassigned tasks of a group and kind, oldest first, as the user sees them. */
    List<String> openTasks(StaffStep step, String user, int max) throws IOException, InterruptedException {
        HttpResponse<String> response = send(get("/engine-rest/task?candidateGroup=" + step.candidateGroup()
                + "&taskDefinitionKey=" + step.taskKey() + "&unassigned=true&sortBy=created&sortOrder=asc"
                + "&firstResult=0&maxResults=" + max, user));
        expect(response, 200, "task list");
        List<String> ids = new ArrayList<>();
        for (JsonNode task : JSON.readTree(response.body())) {
            ids.add(task.get("id").asText());
        }
        return ids;
    }

    /** Claims a task; false where another worker was faster. */
    boolean claim(String taskId, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = send(post("/engine-rest/task/" + taskId + "/claim", user,
                "{\"userId\":\"" + user + "\"}"));
        if (response.statusCode() == 204) {
            return true;
        }
        if (response.statusCode() >= 400 && response.statusCode() < 600 && response.statusCode() != 401) {
            return false; // already claimed (or completed) by someone else
        }
        throw new IllegalStateException("claim: HTTP " + response.statusCode() + " " + response.body());
    }

    /**
     * Submits the task's form; false where the engine saw a concurrent change (409), after handing the task back to
     * its group so that it is taken up again.
     */
    boolean submitForm(String taskId, StaffStep step, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = send(post("/engine-rest/task/" + taskId + "/submit-form", user,
                "{\"variables\":" + step.formVariables() + "}"));
        if (response.statusCode() == 409) {
            send(post("/engine-rest/task/" + taskId + "/unclaim", user, "{}"));
            return false;
        }
        if (response.statusCode() != 204 && response.statusCode() != 200) {
            send(post("/engine-rest/task/" + taskId + "/unclaim", user, "{}")); // back to the pool, not stuck
            throw new IllegalStateException("submit-form " + step.taskKey() + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return true;
    }

    long count(String path, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = send(get(path, user));
        expect(response, 200, path);
        return JSON.readTree(response.body()).get("count").asLong();
    }

    HttpRequest get(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return (user == null ? builder : builder.header("Authorization", basic(user))).GET().build();
    }

    HttpRequest post(String path, String user, String json) {
        return HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    HttpRequest put(String path, String user) {
        return HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user))
                .PUT(HttpRequest.BodyPublishers.noBody()).build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return app.uri(path);
    }
}
