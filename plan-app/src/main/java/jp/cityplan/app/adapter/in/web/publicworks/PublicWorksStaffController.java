package jp.cityplan.app.adapter.in.web.publicworks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import jp.cityplan.app.application.publicworks.PublicWorksRegister;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.ProjectId;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The planning division's (政策推進課) and administrators' work on the register over HTTP Basic: list and register
 * projects, open an ex-ante evaluation, and scan the register now ("check now"). Only these groups pass
 * (SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/staff/public-works")
@RequiredArgsConstructor
@Tag(name = "public-works-staff", description = "公共事業台帳（職員用） / The public works register (staff)")
public class PublicWorksStaffController {

    private final PublicWorksRegister register;

    @GetMapping("/projects")
    @Operation(summary = "台帳の一覧 / The register")
    public List<ProjectResponse> projects() {
        return register.all().stream().map(p -> ProjectResponse.of(p.snapshot())).toList();
    }

    @PostMapping("/projects")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "事業を台帳に登録する / Register a project")
    public ProjectResponse registerProject(@RequestBody RegisterProjectRequest request) {
        return ProjectResponse.of(register.register(request.draft()).snapshot());
    }

    @PostMapping("/projects/{id}/ex-ante-evaluation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "事前評価を始める / Start the ex-ante evaluation of a new project")
    public ScanResponse openExAnte(@PathVariable String id) {
        EvaluationReference reference = register.openExAnte(projectId(id));
        return new ScanResponse(register.currentFiscalYear().year(), List.of(reference.value()));
    }

    @PostMapping("/scan")
    @Operation(summary = "評価対象を今すぐ点検する / Scan the register now and start the evaluations that are due")
    public ScanResponse scan() {
        List<String> started = register.scanNow().stream().map(EvaluationReference::value).toList();
        return new ScanResponse(register.currentFiscalYear().year(), started);
    }

    private static ProjectId projectId(String id) {
        try {
            return new ProjectId(id);
        } catch (IllegalArgumentException e) {
            throw new jp.cityplan.domain.publicworks.InvalidPublicWorksInputException("id",
                    jp.cityplan.domain.publicworks.FieldViolation.Reason.MALFORMED);
        }
    }

    /** The evaluations started, by reference, for the fiscal year. */
    public record ScanResponse(int fiscalYear, List<String> started) {
    }
}
