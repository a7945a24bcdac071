package jp.cityplan.app.adapter.in.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "計画の概要 / A plan as a list shows it")
public record PlanSummaryResponse(
        @Schema(description = "計画ID / Plan id", example = "nihonmatsu")
        String id,
        @Schema(description = "計画名 / Title", example = "二本松市長期総合計画")
        String title,
        MunicipalityResponse municipality) {
}
