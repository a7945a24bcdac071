package jp.cityplan.app.adapter.in.web.publicworks;

import java.util.Locale;
import jp.cityplan.domain.publicworks.PublicWorksEvaluations;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page of published evaluations: {@code /public-works} (Japanese; {@code ?lang=en}). */
@Controller
@RequiredArgsConstructor
public class PublicWorksPageController {

    static final int PAGE_SIZE = 50;

    private final PublicWorksEvaluations evaluations;
    private final PublicWorksWebMapper mapper;

    @GetMapping("/public-works")
    public String published(Model model, Locale locale) {
        model.addAttribute("evaluations", evaluations.published(0, PAGE_SIZE).stream()
                .map(e -> mapper.toResponse(e, locale)).toList());
        return "publicworks/evaluations";
    }
}
