package jp.cityplan.app.adapter.in.web.proposal;

import java.util.List;
import java.util.Locale;
import jp.cityplan.app.application.proposal.ProposalInquiry;
import jp.cityplan.app.application.proposal.PublishedPage;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The published proposals and answers (公表), newest first, a page of 20 at a time; no personal data. */
@Controller
@RequestMapping("/proposals")
@RequiredArgsConstructor
public class PublishedProposalsPageController {

    static final int PAGE_SIZE = 20;

    private final ProposalInquiry inquiry;
    private final ProposalTexts texts;
    private final ProposalCategories categories;

    @GetMapping("/published")
    public ModelAndView published(@RequestParam(defaultValue = "0") int page, Locale locale) {
        PublishedPage published = inquiry.published(Math.max(page, 0), PAGE_SIZE);
        List<PublishedView> answers = published.answers().stream()
                .map(answer -> new PublishedView(answer.subject(), answer.proposalText(),
                        categories.label(answer.category(), locale), answer.area(), answer.publicName(),
                        answer.answerText(), texts.date(answer.answeredAt(), locale),
                        texts.date(answer.publishedAt(), locale)))
                .toList();
        ModelAndView view = new ModelAndView("proposal/published");
        view.addObject("answers", answers);
        view.addObject("page", published.page());
        view.addObject("previousPage", published.page() > 0 ? published.page() - 1 : null);
        view.addObject("nextPage", published.hasNext() ? published.page() + 1 : null);
        return view;
    }

    /** One published proposal with its answer, as the page shows it. */
    public record PublishedView(String subject, String text, String category, String area, String publicName,
                                String answer, String answeredOn, String publishedOn) {
    }
}
