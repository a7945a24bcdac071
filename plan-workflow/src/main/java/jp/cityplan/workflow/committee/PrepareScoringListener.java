package jp.cityplan.workflow.committee;

import java.time.LocalDate;
import jp.cityplan.domain.committee.Application;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.MaskedApplication;
import jp.cityplan.domain.committee.MemberSelection;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Readies one panel member's scoring task: assigns it to the member and gives it, as task-local variables, the
 * application as the panel sees it ({@link MaskedApplication}: number, age band, relation, occupation, reasons and
 * essay with contact details masked; no name, address, birth date or e-mail).
 */
@Component("prepareScoringListener")
public class PrepareScoringListener implements TaskListener {

    private final MemberSelection selection;

    public PrepareScoringListener(MemberSelection selection) {
        this.selection = selection;
    }

    @Override
    public void notify(DelegateTask task) {
        Application application = selection.application(CommitteeRecruitmentVariables.applicationOf(task));
        CommitteeRecruitment recruitment = selection.recruitment(application.recruitment());
        LocalDate closingDay = recruitment.closingDay();
        MaskedApplication masked = MaskedApplication.of(application, closingDay);
        task.setAssignee(CommitteeRecruitmentVariables.panelMemberOf(task));
        task.setVariableLocal("applicationNumber", masked.number().value());
        task.setVariableLocal("essayTheme", recruitment.terms().essayTheme());
        task.setVariableLocal("applicantProfile", masked.ageBand() + "・" + relation(masked) + "・" + masked.occupation()
                + "・他の委員 " + masked.otherSeats() + " 件");
        task.setVariableLocal("maskedReasons", masked.reasons());
        task.setVariableLocal("maskedEssay", masked.essay());
    }

    private static String relation(MaskedApplication masked) {
        return switch (masked.relation()) {
            case LIVES -> "市内在住";
            case WORKS -> "市内在勤";
            case STUDIES -> "市内在学";
            case NONE -> "市との関係なし";
        };
    }
}
