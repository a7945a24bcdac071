package jp.cityplan.app.application.dashboard;

import java.time.LocalDate;
import java.util.Optional;
import jp.cityplan.domain.shared.FiscalYear;

/**
 * What the dashboard is asked: the day that counts as today (for overdue cases) and, where given, the fiscal year
 * of the evaluation figures (else the latest with a confirmed evaluation).
 */
public record DashboardQuery(LocalDate today, Optional<FiscalYear> fiscalYear) {

    public DashboardQuery {
        if (today == null || fiscalYear == null) {
            throw new IllegalArgumentException("a dashboard query needs today and an optional fiscal year");
        }
    }
}
