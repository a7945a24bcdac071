package jp.cityplan.app.adapter.in.web.committee;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.cityplan.domain.committee.ApplicationDraft;

/** An application as JSON; every field is text, checked by the domain. */
@Schema(name = "ApplyRequest", description = "委員への応募 / An application to a committee recruitment")
public record ApplyRequest(
        @Schema(example = "二本松 花子") String name,
        @Schema(example = "ニホンマツ ハナコ") String kana,
        @Schema(description = "ISO 8601", example = "1980-04-01") String birthDate,
        @Schema(allowableValues = {"FEMALE", "MALE", "OTHER", "NO_ANSWER"}) String sex,
        @Schema(example = "二本松市金色403-1") String address,
        @Schema(example = "hanako@example.jp") String email,
        @Schema(allowableValues = {"LIVES", "WORKS", "STUDIES", "NONE"}) String relation,
        @Schema(example = "会社員") String occupation,
        @Schema(allowableValues = {"NONE", "COUNCIL_MEMBER", "CITY_EMPLOYEE", "OTHER_CIVIL_SERVANT"}) String position,
        @Schema(description = "市のほかの審議会等の委員の数 / Seats on other city committees", example = "0") String otherSeats,
        @Schema(description = "応募の動機 / Reasons") String reasons,
        @Schema(description = "作文 / Essay") String essay) {

    ApplicationDraft toDraft() {
        return new ApplicationDraft(name, kana, birthDate, sex, address, email, relation, occupation, position,
                otherSeats, reasons, essay);
    }

    @Override
    public String toString() {
        return "ApplyRequest[personal data withheld]";
    }
}
