package jp.cityplan.app.adapter.in.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "章 / Chapter. 方策を持つのは方策の柱（PILLAR）だけ / Only PILLAR chapters carry measures")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChapterResponse(
        @Schema(description = "章の種類 / Chapter kind", example = "PILLAR",
                allowableValues = {"INTRODUCTION", "BASIC_VISION", "BASIC_GOAL", "PILLAR", "APPENDIX"})
        String kind,
        @Schema(description = "基本目標の番号（基本目標のみ） / Number, basic goals only", nullable = true)
        Integer number,
        @Schema(description = "章題 / Chapter title", example = "方策の柱")
        String title,
        @Schema(description = "副題 / Subtitle", example = "みんなで創る持続可能なまち", nullable = true)
        String name,
        @Schema(description = "方策 / Measures")
        List<MeasureResponse> measures) {
}
