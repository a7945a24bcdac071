package jp.cityplan.app.adapter.in.web.committee;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import jp.cityplan.app.application.committee.ApplicationDesk;
import jp.cityplan.domain.committee.ApplicationReceipt;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.domain.committee.UnknownCommitteeException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON for committee recruitments: the open calls with their rules, and applying to one. */
@RestController
@RequestMapping("/api/recruitments")
@RequiredArgsConstructor
@Tag(name = "委員の公募 / Committee recruitment", description = "募集中の委員の公募と応募 / Open calls and applications")
public class RecruitmentApiController {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final ApplicationDesk desk;
    private final RecruitmentWebMapper mapper;

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "募集中の公募 / Open calls", description = "締切の早い順 / Closing first first")
    public List<RecruitmentResponse> open() {
        return desk.openRecruitments().stream().map(mapper::toResponse).toList();
    }

    @PostMapping(path = "/{id}/applications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "応募する / Apply", description = "受付番号と結果通知の予定日を返す / Returns the application number "
            + "and the day the result is expected")
    @ApiResponse(responseCode = "201", description = "受け付けた / Received")
    @ApiResponse(responseCode = "400", description = "受け付けられない項目（締切後・二重応募を含む） / Refused fields, incl. "
            + "after the closing time and a second application", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "募集が不明 / Unknown call", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<ApplicationReceiptResponse> apply(
            @Parameter(description = "募集番号 / Recruitment id", example = "R2026-001") @PathVariable String id,
            @RequestBody ApplyRequest request) {
        if (id == null || !id.matches("R[0-9]{4}-[0-9]{3}")) {
            throw new UnknownCommitteeException(String.valueOf(id));
        }
        ApplicationReceipt receipt = desk.apply(new RecruitmentId(id), request.toDraft());
        return ResponseEntity.status(HttpStatus.CREATED).body(mapper.toResponse(receipt));
    }
}
