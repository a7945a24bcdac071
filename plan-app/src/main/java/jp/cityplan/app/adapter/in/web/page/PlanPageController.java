package jp.cityplan.app.adapter.in.web.page;

import java.util.Map;
import jp.cityplan.app.adapter.in.web.PlanIds;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.proposal.CitizenProposals;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The plan page: measures, approaches, related data, initiatives (with how many citizen proposals each has received)
 * and notes, as one readable, printable page.
 */
@Controller
@RequiredArgsConstructor
public class PlanPageController {

    private final ComprehensivePlans plans;
    private final CitizenProposals proposals;
    private final PlanPageMapper mapper;

    @GetMapping("/plans/{planId}")
    public ModelAndView plan(@PathVariable String planId) {
        return PlanIds.parse(planId)
                .flatMap(plans::findById)
                .map(plan -> new ModelAndView("plan",
                        Map.of("plan", mapper.toPage(plan, proposals.countByInitiative()))))
                .orElseGet(() -> new ModelAndView("plan-not-found", Map.of("planId", planId), HttpStatus.NOT_FOUND));
    }
}
