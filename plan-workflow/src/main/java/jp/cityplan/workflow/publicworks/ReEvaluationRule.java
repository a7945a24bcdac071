package jp.cityplan.workflow.publicworks;

/**
 * Which trigger table the yearly scan reads ({@code plan.public-works.reevaluation-rule}): the current national rule
 * or the common local rule. Both tables also say when an ex-post evaluation is due.
 */
public enum ReEvaluationRule {
    NATIONAL("public-works-trigger-national"),
    LOCAL("public-works-trigger-local");

    private final String decisionKey;

    ReEvaluationRule(String decisionKey) {
        this.decisionKey = decisionKey;
    }

    public String decisionKey() {
        return decisionKey;
    }
}
