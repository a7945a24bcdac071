package jp.cityplan.domain.publicworks;

import jp.cityplan.domain.shared.Require;

/** 対応方針案: the decision the city proposes to the committee and why. */
public record DraftPolicy(EvaluationDecision decision, String reasons) {

    public DraftPolicy {
        Require.present(decision, "policyDecision");
        Require.text(reasons, "policyReasons");
    }
}
