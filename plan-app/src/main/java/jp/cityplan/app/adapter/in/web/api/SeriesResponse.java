package jp.cityplan.app.adapter.in.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "系列 / Series of an indicator")
public record SeriesResponse(
        @Schema(description = "キー / Key", example = "city")
        String key,
        @Schema(description = "表示名 / Label", example = "二本松市")
        String label) {
}
