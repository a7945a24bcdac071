package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of {@code proposal-routing} (hit policy COLLECT, in rule order: the approach's division leads, the
 * category may add one; the process keeps each division once). Decision-only: the plain engine extension, as in
 * {@link ProposalTriageDecisionTest}.
 */
@Deployment(resources = "bpmn/proposal-routing.dmn")
class ProposalRoutingDecisionTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    ProcessEngine processEngine;

    private List<String> divisions(String category, String approach) {
        return processEngine.getDecisionService().evaluateDecisionTableByKey(
                CitizenProposalProcess.ROUTING_DECISION_TABLE, Variables.createVariables()
                        .putValue("category", category)
                        .putValue("initiativeApproach", approach))
                .collectEntries("division");
    }

    @ParameterizedTest(name = "category {0}, approach \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "other                |     | div-public-relations",
            "out-of-scope         |     | div-public-relations",
            "administration       |     | div-administration",
            "public-relations     |     | div-public-relations",
            "finance              |     | div-finance",
            "regional-cooperation |     | div-policy-promotion",
            "other                | 1-1 | div-policy-promotion",
            "other                | 1-2 | div-personnel",
            "other                | 1-3 | div-policy-promotion",
            "other                | 1-4 | div-policy-promotion",
            "other                | 2-1 | div-public-relations",
            "other                | 2-2 | div-public-relations",
            "other                | 3-1 | div-finance",
            "other                | 3-2 | div-finance",
            "other                | 4-1 | div-policy-promotion",
            "other                | 9-9 | div-public-relations",
            "finance              | 1-1 | div-policy-promotion;div-finance",
            "finance              | 3-2 | div-finance;div-finance",
            "administration       | 2-2 | div-public-relations;div-administration",
            "regional-cooperation | 4-1 | div-policy-promotion;div-policy-promotion",
            "public-relations     | 9-9 | div-public-relations"})
    void routesAProposalToItsDivisionsInOrder(String category, String approach, String expected) {
        assertThat(divisions(category, approach == null ? "" : approach))
                .containsExactly(expected.split(";"));
    }

    @Test
    void everyCategoryThePaperFormOffersReachesADivision() throws IOException {
        for (String category : paperFormCategories()) {
            assertThat(divisions(category, "")).as(category).isNotEmpty();
        }
        assertThat(paperFormCategories()).containsExactlyInAnyOrderElementsOf(ProposalWorld.CATEGORIES);
    }

    private static List<String> paperFormCategories() throws IOException {
        try (InputStream in = ProposalRoutingDecisionTest.class.getClassLoader()
                .getResourceAsStream("bpmn/forms/proposal-paper-entry.form")) {
            JsonObject form = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            List<String> categories = new ArrayList<>();
            collectValues(form, "category", categories);
            return categories;
        }
    }

    private static void collectValues(JsonObject component, String key, List<String> values) {
        if (component.has("key") && key.equals(component.get("key").getAsString())) {
            for (JsonElement value : component.getAsJsonArray("values")) {
                values.add(value.getAsJsonObject().get("value").getAsString());
            }
        }
        if (component.has("components")) {
            for (JsonElement child : component.getAsJsonArray("components")) {
                collectValues(child.getAsJsonObject(), key, values);
            }
        }
    }
}
