package jp.cityplan.workflow.publicworks;

import java.time.LocalDate;
import jp.cityplan.domain.shared.FiscalYear;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 台帳を点検する: the yearly scan, for the fiscal year the engine's clock is in (Asia/Tokyo). */
@Component("scanPublicWorksRegisterDelegate")
public class ScanPublicWorksRegisterDelegate implements JavaDelegate {

    private final PublicWorksScan scan;

    public ScanPublicWorksRegisterDelegate(PublicWorksScan scan) {
        this.scan = scan;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(PublicWorksEvaluationVariables.CITY_ZONE)
                .toLocalDate();
        execution.setVariable("startedEvaluations", scan.scan(FiscalYear.containing(today)).size());
    }
}
