package jp.cityplan.app.adapter.in.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

@Schema(description = "ある系列・年度の値（実績または目標） / A value of one series for one fiscal year (observed or target)")
public record ValueResponse(
        @Schema(description = "系列キー / Series key", example = "city")
        String seriesKey,
        @Schema(description = "年度（開始年、西暦） / Fiscal year, ISO year it starts in", example = "2025")
        int fiscalYear,
        @Schema(description = "年度（和暦） / Fiscal year as people read it", example = "令和7年度")
        String fiscalYearName,
        @Schema(description = "値 / Value")
        BigDecimal value) {
}
