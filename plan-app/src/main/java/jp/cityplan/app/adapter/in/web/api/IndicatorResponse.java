package jp.cityplan.app.adapter.in.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "関連データ。値は職員が登録するまで空 / Indicator; observations stay empty until staff record them")
public record IndicatorResponse(
        @Schema(description = "ID", example = "staff-count")
        String id,
        @Schema(description = "名称 / Title", example = "職員数")
        String title,
        @Schema(description = "単位 / Unit", example = "人")
        String unit,
        @Schema(description = "出典 / Source", example = "「人事行政課資料」（二本松市）")
        String source,
        @Schema(description = "時点（掲載どおり） / As of, as printed", example = "各年4月1日現在")
        String asOf,
        @Schema(description = "時点の規則 / As-of rule", example = "APRIL_1",
                allowableValues = {"APRIL_1", "FISCAL_YEAR", "MARCH_31"})
        String asOfRule,
        @Schema(description = "系列（市・類似団体など） / Series, e.g. the city and its peer group")
        List<SeriesResponse> series,
        @Schema(description = "実績値 / Observations")
        List<ValueResponse> observations,
        @Schema(description = "目標値 / Targets")
        List<ValueResponse> targets) {
}
