package jp.cityplan.app.adapter.out.persistence.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationEntryRepository extends JpaRepository<ObservationEntryEntity, Long> {

    List<ObservationEntryEntity> findByPlanIdOrderByIndicatorIdAscSeriesKeyAscFiscalYearAsc(String planId);

    Optional<ObservationEntryEntity> findByPlanIdAndIndicatorIdAndSeriesKeyAndFiscalYear(String planId,
            String indicatorId, String seriesKey, int fiscalYear);
}
