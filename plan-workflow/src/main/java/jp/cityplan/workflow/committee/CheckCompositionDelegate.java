package jp.cityplan.workflow.committee;

import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.COMPOSITION_DECISION_TABLE;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.COMPOSITION_FLAGS;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.COMPOSITION_NOTES;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.cityplan.domain.committee.CompositionFacts;
import jp.cityplan.domain.committee.MemberSelection;
import jp.cityplan.domain.committee.RecruitmentId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 委員構成を確認する: evaluates {@code committee-composition} over the next term with the selection and keeps the flags
 * on the recruitment and, for the approval form, as codes and Japanese notes.
 */
@Component("checkCompositionDelegate")
public class CheckCompositionDelegate implements JavaDelegate {

    private final MemberSelection selection;

    public CheckCompositionDelegate(MemberSelection selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentId id = CommitteeRecruitmentVariables.recruitmentId(execution);
        CompositionFacts facts = selection.compositionFacts(id);
        List<Map<String, Object>> rows = execution.getProcessEngineServices().getDecisionService()
                .evaluateDecisionTableByKey(COMPOSITION_DECISION_TABLE, Variables.createVariables()
                        .putValue("publicSharePercent", facts.publicSharePercent())
                        .putValue("femaleSharePercent", facts.femaleSharePercent())
                        .putValue("maleSharePercent", facts.maleSharePercent())
                        .putValue("femaleApplicantLeft", facts.femaleApplicantLeft())
                        .putValue("maleApplicantLeft", facts.maleApplicantLeft())
                        .putValue("genderTargetPercent", facts.genderTargetPercent())).getResultList();
        List<String> flags = rows.stream().map(row -> Objects.toString(row.get("flag"))).toList();
        selection.flagComposition(id, flags);
        execution.setVariable(COMPOSITION_FLAGS, String.join(",", flags));
        execution.setVariable(COMPOSITION_NOTES, rows.isEmpty() ? "指摘はありません。"
                : String.join("\n", rows.stream().map(row -> Objects.toString(row.get("explanation"))).toList()));
    }
}
