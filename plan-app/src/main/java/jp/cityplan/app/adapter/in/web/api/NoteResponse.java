package jp.cityplan.app.adapter.in.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "注釈 / Numbered note")
public record NoteResponse(
        @Schema(description = "番号 / Number", example = "28")
        int number,
        @Schema(description = "本文中の記号 / Marker used in the prose", example = "※28")
        String marker,
        @Schema(description = "本文 / Text")
        String text) {
}
