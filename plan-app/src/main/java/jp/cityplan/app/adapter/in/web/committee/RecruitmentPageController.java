package jp.cityplan.app.adapter.in.web.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.cityplan.app.application.committee.ApplicationDesk;
import jp.cityplan.app.application.committee.OpenRecruitment;
import jp.cityplan.domain.committee.ApplicationIntake;
import jp.cityplan.domain.committee.ApplicationReceipt;
import jp.cityplan.domain.committee.FieldError;
import jp.cityplan.domain.committee.InvalidApplicationException;
import jp.cityplan.domain.committee.Position;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.domain.committee.Relation;
import jp.cityplan.domain.committee.Sex;
import jp.cityplan.domain.committee.UnknownCommitteeException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizens' pages of committee recruitment: the open calls with their rules, the application form (essay length
 * counted on the server, and live by an optional script), and the receipt. Work without JavaScript.
 */
@Controller
@RequiredArgsConstructor
public class RecruitmentPageController {

    private final ApplicationDesk desk;
    private final RecruitmentTexts texts;

    @GetMapping("/recruitments")
    public String list(Model model) {
        model.addAttribute("recruitments", desk.openRecruitments());
        return "committee/list";
    }

    @GetMapping("/recruitments/{id}/apply")
    public String form(@PathVariable String id, Model model) {
        return show(open(id), new ApplicationForm(), Map.of(), model);
    }

    @PostMapping("/recruitments/{id}/apply")
    public String apply(@PathVariable String id, @ModelAttribute("form") ApplicationForm form, Model model,
                        RedirectAttributes redirect, Locale locale) {
        RecruitmentId recruitmentId = recruitmentId(id);
        try {
            ApplicationReceipt receipt = desk.apply(recruitmentId, form.toDraft());
            redirect.addFlashAttribute("receipt", receipt);
            return "redirect:/recruitments/received";
        } catch (InvalidApplicationException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : invalid.errors()) {
                errors.putIfAbsent(error.field(), texts.of(error, locale));
            }
            if (errors.containsKey("recruitment")) {
                model.addAttribute("closedMessage", errors.get("recruitment"));
                model.addAttribute("recruitments", desk.openRecruitments());
                return "committee/list";
            }
            return show(open(id), form, errors, model);
        }
    }

    @GetMapping("/recruitments/received")
    public String received(Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/recruitments";
        }
        return "committee/received";
    }

    @ExceptionHandler(UnknownCommitteeException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String unknown() {
        return "error/404";
    }

    private String show(OpenRecruitment open, ApplicationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("open", open);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("essayCount", ApplicationIntake.characterCount(form.getEssay()));
        model.addAttribute("sexes", List.of(Sex.values()));
        model.addAttribute("relations", List.of(Relation.values()));
        model.addAttribute("positions", List.of(Position.values()));
        return "committee/apply";
    }

    private OpenRecruitment open(String id) {
        return desk.openRecruitment(recruitmentId(id));
    }

    private static RecruitmentId recruitmentId(String id) {
        if (id == null || !id.matches("R[0-9]{4}-[0-9]{3}")) {
            throw new UnknownCommitteeException(String.valueOf(id));
        }
        return new RecruitmentId(id);
    }
}
