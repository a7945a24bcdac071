package jp.cityplan.app.adapter.in.web.imports;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import jp.cityplan.app.application.imports.CsvImports;
import jp.cityplan.app.application.imports.ImportKind;
import jp.cityplan.app.application.imports.ImportRun;
import jp.cityplan.app.application.imports.ImportRuns;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.PlanId;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * 一括取り込み ({@code /staff/imports}): staff upload a CSV of indicator values (any staff) or of evaluation results
 * (planning division, administrators); the run's page refreshes itself while the import goes (no script) and lists
 * the rejected rows by line, column and reason.
 */
@Controller
@RequiredArgsConstructor
public class ImportPageController {

    static final String PLANNING = "GROUP_div-policy-promotion";
    static final String ADMINISTRATORS = "GROUP_camunda-admin";

    private final CsvImports imports;
    private final ImportRuns runs;
    private final ComprehensivePlans plans;

    @GetMapping("/staff/imports")
    public String form(Model model) {
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("plans", plans.summaries());
        model.addAttribute("runs", runs.latest(20));
        return "imports/imports";
    }

    @PostMapping("/staff/imports")
    public String upload(@RequestParam ImportKind kind, @RequestParam String plan, @RequestParam MultipartFile file,
                         Authentication staff, Model model) throws IOException {
        if (kind == ImportKind.EVALUATIONS && staff.getAuthorities().stream()
                .noneMatch(a -> Arrays.asList(PLANNING, ADMINISTRATORS).contains(a.getAuthority()))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (file.isEmpty()) {
            model.addAttribute("error", "取り込むCSVファイルを選んでください。");
            return form(model);
        }
        String id = imports.start(kind, new PlanId(plan), file.getOriginalFilename(), file.getBytes(), staff.getName());
        return "redirect:/staff/imports/" + id;
    }

    @GetMapping("/staff/imports/{id}")
    public String run(@PathVariable String id, Model model, Principal staff) {
        ImportRun run = runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("run", run);
        return "imports/run";
    }
}
