package jp.cityplan.app.adapter.in.web.evaluation;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.cityplan.app.application.evaluation.EvaluationLaunch;
import jp.cityplan.app.application.evaluation.ObservationRecording;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.indicator.ObservationEntries;
import jp.cityplan.domain.indicator.ObservationFields;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.FieldProblem;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.InvalidInputException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff API of the administrative evaluation: start an initiative's evaluation for a fiscal year (planning
 * division, administrators), list evaluations, enter and list indicator values (any staff; who entered a value is
 * the signed-in user).
 */
@RestController
@RequestMapping(path = "/api/staff/plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
public class EvaluationStaffApiController {

    private final EvaluationLaunch launch;
    private final ObservationRecording recording;
    private final AdministrativeEvaluations evaluations;
    private final ObservationEntries entries;

    /** Which evaluation to start. */
    public record StartEvaluationRequest(String initiativeCode, Integer fiscalYear, String ownerDivision) {
    }

    public record EvaluationResponse(String evaluationId, String initiativeCode, int fiscalYear, String ownerDivision,
                                     String state, String direction, String processInstanceId) {
    }

    /** An indicator value as staff enter it. */
    public record ObservationRequest(String indicatorId, String seriesKey, Integer fiscalYear, BigDecimal value,
                                     String source) {
    }

    public record ObservationResponse(String indicatorId, String seriesKey, int fiscalYear, BigDecimal value,
                                      String source, String enteredBy, String enteredAt) {
    }

    @PostMapping(path = "/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<EvaluationResponse> start(@PathVariable String planId,
                                                    @RequestBody StartEvaluationRequest request) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (request.initiativeCode() == null || !request.initiativeCode().matches("[1-9][0-9]?-[1-9][0-9]?\\.[1-9][0-9]{0,2}")) {
            problems.add(new FieldProblem("initiativeCode", "取組番号（例: 1-1.2）を入力してください"));
        }
        if (request.fiscalYear() == null || request.fiscalYear() < 1900 || request.fiscalYear() > 2999) {
            problems.add(new FieldProblem("fiscalYear", "年度を西暦（例: 2025）で入力してください"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EvaluationLaunch.Started started = launch.start(new PlanId(planId), new InitiativeCode(request.initiativeCode()),
                FiscalYear.of(request.fiscalYear()), request.ownerDivision());
        var evaluation = evaluations.findById(started.evaluationId()).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(new EvaluationResponse(evaluation.id().value(),
                evaluation.initiative().value(), evaluation.fiscalYear().year(), evaluation.ownerDivision(),
                evaluation.state().name(), null, started.processInstanceId()));
    }

    @GetMapping("/evaluations")
    public List<EvaluationResponse> evaluations(@PathVariable String planId) {
        recording.plan(new PlanId(planId));
        return evaluations.ofPlan(new PlanId(planId)).stream()
                .map(e -> new EvaluationResponse(e.id().value(), e.initiative().value(), e.fiscalYear().year(),
                        e.ownerDivision(), e.state().name(),
                        e.sheet().map(s -> s.direction().name()).orElse(null), null))
                .toList();
    }

    @PostMapping(path = "/observations", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ObservationResponse> record(@PathVariable String planId,
                                                      @RequestBody ObservationRequest request, Principal staff) {
        Map<String, String> fields = new HashMap<>();
        fields.put(ObservationFields.INDICATOR, request.indicatorId());
        fields.put(ObservationFields.SERIES, request.seriesKey());
        fields.put(ObservationFields.FISCAL_YEAR, request.fiscalYear() == null ? null : request.fiscalYear().toString());
        fields.put(ObservationFields.VALUE, request.value() == null ? null : request.value().toPlainString());
        fields.put(ObservationFields.SOURCE, request.source());
        ObservationRecording.Recorded recorded = recording.record(new PlanId(planId), fields, staff.getName());
        return ResponseEntity.status(recorded.added() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(response(recorded.entry()));
    }

    @GetMapping("/observations")
    public List<ObservationResponse> observations(@PathVariable String planId) {
        recording.plan(new PlanId(planId));
        return entries.ofPlan(new PlanId(planId)).stream().map(EvaluationStaffApiController::response).toList();
    }

    private static ObservationResponse response(jp.cityplan.domain.indicator.ObservationEntry entry) {
        return new ObservationResponse(entry.indicator().value(), entry.observation().seriesKey(),
                entry.observation().fiscalYear().year(), entry.observation().value(), entry.source(),
                entry.enteredBy(), entry.enteredAt().toString());
    }
}
