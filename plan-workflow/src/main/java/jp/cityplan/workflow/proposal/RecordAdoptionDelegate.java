package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.ADOPTED_INITIATIVES;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.ADOPTION_COST_YEN;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.ADOPTION_FROM_YEAR;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.ADOPTION_TO_YEAR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.Adoption;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.shared.FiscalYear;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 採用を記録する: records that the city adopts the proposal for the initiatives named at the final approval, with
 * the estimated cost (円) and fiscal years where known. Runs within the completion of the final approval, so input
 * the domain refuses fails that completion with a Japanese message and the task stays open.
 */
@Component("recordAdoptionDelegate")
public class RecordAdoptionDelegate implements JavaDelegate {

    private final ProposalCases cases;

    public RecordAdoptionDelegate(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.adopt(CitizenProposalVariables.receiptNumber(execution), adoptionFrom(execution));
    }

    static Adoption adoptionFrom(DelegateExecution execution) {
        List<InitiativeCode> initiatives = initiatives(execution);
        BigDecimal cost = number(execution, ADOPTION_COST_YEN, "概算費用（円）").orElse(null);
        FiscalYear from = fiscalYear(execution, ADOPTION_FROM_YEAR, "開始年度");
        FiscalYear to = fiscalYear(execution, ADOPTION_TO_YEAR, "終了年度");
        if (cost != null && cost.signum() < 0) {
            throw new ProposalInputException("概算費用（円）は0以上で入力してください。");
        }
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw new ProposalInputException("終了年度は開始年度以降にしてください。");
        }
        return new Adoption(initiatives, cost, from, to);
    }

    private static List<InitiativeCode> initiatives(DelegateExecution execution) {
        List<String> codes = CitizenProposalVariables.items(CitizenProposalVariables.text(execution, ADOPTED_INITIATIVES));
        if (codes.isEmpty()) {
            throw new ProposalInputException("採用する場合は、反映する取組の番号（例: 3-1.2）を入力してください。");
        }
        List<InitiativeCode> initiatives = new ArrayList<>();
        for (String code : codes) {
            try {
                initiatives.add(new InitiativeCode(code));
            } catch (IllegalArgumentException e) {
                throw new ProposalInputException("取組の番号「" + code + "」は「3-1.2」の形で入力してください。", e);
            }
        }
        return initiatives.stream().distinct().toList();
    }

    private static java.util.Optional<BigDecimal> number(DelegateExecution execution, String name, String label) {
        try {
            return CitizenProposalVariables.decimal(execution, name);
        } catch (NumberFormatException e) {
            throw new ProposalInputException(label + "は数字で入力してください。", e);
        }
    }

    private static FiscalYear fiscalYear(DelegateExecution execution, String name, String label) {
        try {
            return CitizenProposalVariables.wholeNumber(execution, name).map(FiscalYear::of).orElse(null);
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new ProposalInputException(label + "は西暦の年度（例: 2026）で入力してください。", e);
        }
    }
}
