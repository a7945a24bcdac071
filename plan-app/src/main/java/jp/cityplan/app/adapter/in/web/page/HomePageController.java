package jp.cityplan.app.adapter.in.web.page;

import jp.cityplan.domain.plan.ComprehensivePlans;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: the plans, the staff's Camunda webapps and the API documentation. */
@Controller
@RequiredArgsConstructor
public class HomePageController {

    private final ComprehensivePlans plans;
    private final PlanPageMapper mapper;

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("plans", mapper.toLinks(plans.summaries()));
        return "home";
    }
}
