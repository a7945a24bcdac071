package jp.cityplan.app.adapter.in.web.publicworks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A published evaluation: the decision, the committee's opinion and the sheet's key figures. */
@Schema(name = "PublishedEvaluation", description = "公表した公共事業評価の結果 / A published public works evaluation")
public record PublishedEvaluationResponse(
        @Schema(example = "PW-0001-RE-2025") String reference,
        @Schema(example = "PW-0001") String projectId,
        @Schema(example = "市道油井線道路改良事業") String projectName,
        Coded kind,
        Coded stage,
        @Schema(description = "評価年度（西暦） / Fiscal year of the cycle", example = "2025") int fiscalYear,
        @Schema(description = "市の対応方針案 / The city's draft policy") Coded policyDecision,
        @Schema(description = "委員会意見 / The committee's opinion") Coded opinionDecision,
        String opinionText,
        @Schema(description = "対応方針（決定） / The decision") Coded decision,
        @Schema(description = "委員会意見と異なる決定の理由 / Why the city did not follow the opinion") String deviationReason,
        @Schema(description = "費用便益比 B/C", example = "1.60") BigDecimal benefitCostRatio,
        @Schema(description = "便益（円） / Benefits in yen") long benefitsYen,
        @Schema(description = "費用（円） / Costs in yen") long costsYen,
        @Schema(description = "総事業費（円） / Total cost in yen") long totalCostYen,
        LocalDate publishedOn) {

    /** A code with its words in the reader's language. */
    @Schema(name = "PublicWorksCode")
    public record Coded(String code, String label) {
    }
}
