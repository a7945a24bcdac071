package jp.cityplan.workflow.committee;

import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.LOTTERY_SEED;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.LOTTERY_WITNESSES;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.SELECTED_APPLICATIONS;

import jp.cityplan.domain.committee.LotteryDraw;
import jp.cityplan.domain.committee.MemberSelection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 抽選する: draws the lottery with the seed drawn in public and records seed, witnesses, list and result on the
 * recruitment, where they are published. Without seed or witnesses the lottery form stays open.
 */
@Component("drawLotteryDelegate")
public class DrawLotteryDelegate implements JavaDelegate {

    private final MemberSelection selection;

    public DrawLotteryDelegate(MemberSelection selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String seed = CommitteeRecruitmentVariables.text(execution, LOTTERY_SEED);
        String witnesses = CommitteeRecruitmentVariables.text(execution, LOTTERY_WITNESSES);
        if (seed == null || witnesses == null) {
            throw new RecruitmentInputException("公開抽選のシード値と立会人を入力してください。");
        }
        LotteryDraw draw = selection.drawLottery(CommitteeRecruitmentVariables.recruitmentId(execution), seed, witnesses);
        execution.setVariable(SELECTED_APPLICATIONS, CommitteeRecruitmentVariables.joined(draw.chosen()));
    }
}
