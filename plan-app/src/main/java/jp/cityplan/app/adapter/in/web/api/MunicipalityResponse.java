package jp.cityplan.app.adapter.in.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "地方公共団体 / Municipality")
public record MunicipalityResponse(
        @Schema(description = "全国地方公共団体コード（6桁） / 6-digit local government code", example = "072109")
        String code,
        @Schema(description = "団体名 / Name", example = "二本松市")
        String name) {
}
