package jp.cityplan.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff working through {@code /engine-rest} as the demo administrator: list the open intake reviews
 * ({@code Task_ReviewIntake}) and complete them with a triage decision.
 */
final class Staff {

    static final String REVIEW = "Task_ReviewIntake";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Staff() {
    }

    static List<String> openReviews(AppNode node, int max) {
        Http.Answer answer = Http.staff("GET", node.uri("/engine-rest/task?processDefinitionKey=citizen-proposal"
                + "&taskDefinitionKey=" + REVIEW + "&sortBy=created&sortOrder=asc&maxResults=" + max), null);
        return answer.status() == 200 ? ids(answer.body()) : List.of();
    }

    static List<String> reviewsOf(AppNode node, String processInstanceId) {
        Http.Answer answer = Http.staff("GET", node.uri("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=" + REVIEW + "&maxResults=5"), null);
        return answer.status() == 200 ? ids(answer.body()) : List.of();
    }

    /** Completes a review; 204 = done. Someone else's earlier completion makes it fail (the task is gone). */
    static int complete(AppNode node, String taskId, String triageDecision) {
        return Http.staff("POST", node.uri("/engine-rest/task/" + taskId + "/complete"),
                "{\"variables\": {\"triageDecision\": {\"value\": \"" + triageDecision + "\"}}}").status();
    }

    static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        try {
            for (JsonNode item : JSON.readTree(json)) {
                ids.add(item.path("id").asText());
            }
        } catch (IOException e) {
            return List.of();
        }
        return ids;
    }
}
