package jp.cityplan.app.adapter.in.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "手法 / Approach")
public record ApproachResponse(
        @Schema(description = "手法番号 / Approach code", example = "1-1")
        String code,
        @Schema(description = "手法名 / Title", example = "市政改革の推進")
        String title,
        @Schema(description = "現状と課題（段落。注釈記号 ※N を含むことがある） / Situation and issues, paragraphs; may hold note markers ※N")
        List<String> currentSituation,
        @Schema(description = "基本方針（段落） / Basic policy, paragraphs")
        List<String> basicPolicy,
        @Schema(description = "関連データ / Indicators")
        List<IndicatorResponse> indicators,
        @Schema(description = "主な取組事項（掲載順） / Main initiative rows in printed order")
        List<InitiativeRowResponse> rows) {
}
