package jp.cityplan.app.adapter.in.web.publicworks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import jp.cityplan.domain.publicworks.PublicWorksEvaluations;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published results of public works evaluations, for everyone. */
@RestController
@RequestMapping("/api/public-works")
@RequiredArgsConstructor
@Tag(name = "public-works", description = "公共事業評価の公表 / Published public works evaluations")
public class PublicWorksApiController {

    static final int MAX_LIMIT = 100;

    private final PublicWorksEvaluations evaluations;
    private final PublicWorksWebMapper mapper;

    @GetMapping("/evaluations")
    @Operation(summary = "公表した評価結果（新しい順） / Published evaluations, newest first")
    public List<PublishedEvaluationResponse> published(@RequestParam(defaultValue = "0") int page,
                                                       @RequestParam(defaultValue = "20") int size, Locale locale) {
        if (page < 0 || size < 1 || size > MAX_LIMIT) {
            throw new InvalidPageException();
        }
        return evaluations.published(page * size, size).stream().map(e -> mapper.toResponse(e, locale)).toList();
    }

    /** A page number below 0 or a size outside 1..100. */
    static class InvalidPageException extends RuntimeException {
        InvalidPageException() {
            super("page must be 0 or more and size 1-" + MAX_LIMIT);
        }
    }
}
