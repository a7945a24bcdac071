package jp.cityplan.app.adapter.in.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "長期総合計画の全体 / The whole plan")
public record PlanResponse(
        @Schema(description = "計画ID / Plan id", example = "nihonmatsu")
        String id,
        @Schema(description = "計画名 / Title", example = "二本松市長期総合計画")
        String title,
        MunicipalityResponse municipality,
        @Schema(description = "章（計画の順） / Chapters in the plan's order")
        List<ChapterResponse> chapters,
        @Schema(description = "注釈 / Numbered notes")
        List<NoteResponse> notes) {
}
