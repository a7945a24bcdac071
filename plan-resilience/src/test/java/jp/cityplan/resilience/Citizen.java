package jp.cityplan.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A citizen's submission over the JSON API, {@code POST /api/proposals} with an {@code Idempotency-Key}: the same key
 * always goes with the same body, so a resend after a failure is recognised as the same proposal.
 */
final class Citizen {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one request came back with: a receipt (201 new, 200 replayed), or no receipt (status, -1 = no answer). */
    record Outcome(int status, String receiptNumber, long millis) {

        boolean acknowledged() {
            return receiptNumber != null;
        }
    }

    private Citizen() {
    }

    static Outcome submit(AppNode node, String key, String subject) {
        Http.Answer answer = Http.postJson(node.uri("/api/proposals"), body(subject), key);
        String receipt = null;
        if (answer.status() == 201 || answer.status() == 200) {
            receipt = field(answer.body(), "receiptNumber");
        }
        return new Outcome(answer.status(), receipt, answer.millis());
    }

    static String body(String subject) {
        return "{\"subject\": \"" + subject + "\", \"text\": \"障害試験の提案です。駅前に駐輪場を増やしてください。\","
                + " \"category\": \"community\", \"wantsAnswer\": false, \"publicationConsent\": \"NONE\"}";
    }

    static String field(String json, String name) {
        try {
            JsonNode value = JSON.readTree(json).path(name);
            return value.isMissingNode() || value.isNull() ? null : value.asText();
        } catch (IOException e) {
            return null;
        }
    }
}
