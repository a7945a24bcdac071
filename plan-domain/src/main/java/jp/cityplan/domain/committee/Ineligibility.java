package jp.cityplan.domain.committee;

import jp.cityplan.domain.shared.Require;

/** Why an application is not eligible, as the eligibility table states it: a code and the text the applicant reads. */
public record Ineligibility(String code, String explanation) {

    public Ineligibility {
        Require.text(code, "ineligibility code");
        Require.text(explanation, "ineligibility explanation");
    }
}
