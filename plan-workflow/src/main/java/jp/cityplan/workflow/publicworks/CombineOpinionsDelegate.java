package jp.cityplan.workflow.publicworks;

import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.flag;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.text;

import java.util.ArrayList;
import java.util.List;
import jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 意見をまとめる: lists every member's opinion for the chair and says whether any member asked for a site visit. */
@Component("combineOpinionsDelegate")
public class CombineOpinionsDelegate implements JavaDelegate {

    private final PublicWorksEvaluationVariables variables;

    public CombineOpinionsDelegate(PublicWorksEvaluationVariables variables) {
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> lines = new ArrayList<>();
        boolean siteVisit = false;
        for (String member : variables.memberList(execution)) {
            String opinion = text(execution, Variables.OPINION_PREFIX + member);
            lines.add(member + ": " + (opinion == null ? "（意見なし）" : opinion));
            siteVisit |= flag(execution, CollectMemberOpinionListener.SITE_VISIT_PREFIX + member);
        }
        execution.setVariable(Variables.MEMBER_OPINIONS, String.join("\n", lines));
        execution.setVariable(Variables.SITE_VISIT_WANTED, siteVisit);
    }
}
