package jp.cityplan.app.adapter.in.web.publicworks;

import java.util.Locale;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.PublishedEvaluation;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Published evaluations as the API and the page show them, in the reader's language. */
@Component
@RequiredArgsConstructor
class PublicWorksWebMapper {

    private final PublicWorksTexts texts;

    PublishedEvaluationResponse toResponse(PublishedEvaluation e, Locale locale) {
        return new PublishedEvaluationResponse(e.reference().value(), e.projectId().value(), e.projectName(),
                new PublishedEvaluationResponse.Coded(e.kind().name(), texts.kind(e.kind(), locale)),
                new PublishedEvaluationResponse.Coded(e.stage().name(), texts.stage(e.stage(), locale)),
                e.cycle().year(), coded(e.policyDecision(), locale), coded(e.opinionDecision(), locale),
                e.opinionText(), coded(e.decision(), locale), e.deviationReason(), e.benefitCostRatio(),
                e.benefits().amount(), e.costs().amount(), e.totalCost().amount(), e.publishedOn());
    }

    private PublishedEvaluationResponse.Coded coded(EvaluationDecision decision, Locale locale) {
        return new PublishedEvaluationResponse.Coded(decision.name(), texts.decision(decision, locale));
    }
}
