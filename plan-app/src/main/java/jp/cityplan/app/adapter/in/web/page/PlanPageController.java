package jp.cityplan.app.adapter.in.web.page;

import java.util.Map;
import jp.cityplan.app.adapter.in.web.PlanIds;
import jp.cityplan.domain.plan.ComprehensivePlans;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The plan page: measures, approaches, related data, initiatives and notes, as one readable, printable page. */
@Controller
@RequiredArgsConstructor
public class PlanPageController {

    private final ComprehensivePlans plans;
    private final PlanPageMapper mapper;

    @GetMapping("/plans/{planId}")
    public ModelAndView plan(@PathVariable String planId) {
        return PlanIds.parse(planId)
                .flatMap(plans::findById)
                .map(plan -> new ModelAndView("plan", Map.of("plan", mapper.toPage(plan))))
                .orElseGet(() -> new ModelAndView("plan-not-found", Map.of("planId", planId), HttpStatus.NOT_FOUND));
    }
}
