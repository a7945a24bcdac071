package jp.cityplan.app.adapter.in.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "方策 / Measure")
public record MeasureResponse(
        @Schema(description = "方策番号 / Measure number", example = "1")
        String code,
        @Schema(description = "方策名 / Title", example = "市政改革")
        String title,
        @Schema(description = "手法 / Approaches")
        List<ApproachResponse> approaches) {
}
