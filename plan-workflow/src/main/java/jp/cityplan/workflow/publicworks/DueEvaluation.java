package jp.cityplan.workflow.publicworks;

import jp.cityplan.domain.publicworks.EvaluationStage;

/** What a trigger table says about a project: the stage due and why (e.g. RE_EVALUATION because UNSTARTED). */
public record DueEvaluation(EvaluationStage stage, String trigger) {
}
