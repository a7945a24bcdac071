package jp.cityplan.domain.publicworks;

import jp.cityplan.domain.shared.Require;

/** 委員会意見: what the evaluation committee (評価委員会) recommends, consolidated by its chair. */
public record CommitteeOpinion(EvaluationDecision decision, String text, boolean siteVisited) {

    public CommitteeOpinion {
        Require.present(decision, "opinionDecision");
        Require.text(text, "opinionText");
    }
}
