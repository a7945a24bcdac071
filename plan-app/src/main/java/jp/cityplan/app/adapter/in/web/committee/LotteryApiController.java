package jp.cityplan.app.adapter.in.web.committee;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.CommitteeRecruitments;
import jp.cityplan.domain.committee.RecruitmentId;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The published lottery of a recruitment, for anyone to re-run; 404 until the lottery has been drawn. */
@RestController
@RequiredArgsConstructor
@Tag(name = "委員の公募 / Committee recruitment")
class LotteryApiController {

    private final CommitteeRecruitments recruitments;

    @GetMapping(path = "/api/recruitments/{id}/lottery", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "公開抽選の結果 / The public lottery",
            description = "シード・立会人・参加した応募番号の一覧・当選番号 / Seed, witnesses, the list that took part, the chosen")
    @Transactional(readOnly = true)
    public LotteryResponse lottery(
            @Parameter(description = "募集番号 / Recruitment id", example = "R2026-001") @PathVariable String id) {
        if (id == null || !id.matches("R[0-9]{4}-[0-9]{3}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return recruitments.find(new RecruitmentId(id))
                .flatMap(CommitteeRecruitment::lottery)
                .map(draw -> LotteryResponse.of(id, draw))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
