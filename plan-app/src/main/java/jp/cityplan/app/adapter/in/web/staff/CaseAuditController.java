package jp.cityplan.app.adapter.in.web.staff;

import jp.cityplan.app.application.audit.CaseAudit;
import jp.cityplan.app.application.audit.CaseAuditReport;
import jp.cityplan.domain.audit.CaseReference;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who did what to one case, for administrators (see SecurityConfiguration): the domain's audit trail and the
 * engine's user operation log, as a page and as JSON. A case nobody has done anything to is not found.
 */
@Controller
@RequiredArgsConstructor
class CaseAuditController {

    private final CaseAudit caseAudit;

    @GetMapping(path = "/api/staff/cases/{process}/{reference}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    CaseAuditReport json(@PathVariable String process, @PathVariable String reference) {
        return report(process, reference);
    }

    @GetMapping("/staff/cases/{process}/{reference}/audit")
    String page(@PathVariable String process, @PathVariable String reference, Model model) {
        model.addAttribute("report", report(process, reference));
        return "staff/case-audit";
    }

    private CaseAuditReport report(String process, String reference) {
        CaseReference caseReference;
        try {
            caseReference = new CaseReference(process, reference);
        } catch (IllegalArgumentException noSuchCase) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CaseAuditReport report = caseAudit.of(caseReference);
        if (report.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return report;
    }
}
