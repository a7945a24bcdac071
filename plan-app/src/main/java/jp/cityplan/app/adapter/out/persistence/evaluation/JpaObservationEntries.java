package jp.cityplan.app.adapter.out.persistence.evaluation;

import java.util.List;
import jp.cityplan.domain.indicator.ObservationEntries;
import jp.cityplan.domain.indicator.ObservationEntry;
import jp.cityplan.domain.plan.PlanId;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The indicator values staff entered, in {@code indicator_observation_entry}. */
@Component
@RequiredArgsConstructor
@Transactional
public class JpaObservationEntries implements ObservationEntries {

    private final ObservationEntryRepository entries;
    private final ObservationEntryMapper mapper;

    @Override
    @Transactional(readOnly = true)
    public List<ObservationEntry> ofPlan(PlanId plan) {
        return entries.findByPlanIdOrderByIndicatorIdAscSeriesKeyAscFiscalYearAsc(plan.value()).stream()
                .map(mapper::toEntry).toList();
    }

    @Override
    public boolean record(ObservationEntry entry) {
        var stored = entries.findByPlanIdAndIndicatorIdAndSeriesKeyAndFiscalYear(entry.plan().value(),
                entry.indicator().value(), entry.observation().seriesKey(), entry.observation().fiscalYear().year());
        ObservationEntryEntity row = stored.orElseGet(ObservationEntryEntity::new);
        mapper.copy(entry, row);
        entries.saveAndFlush(row);
        return stored.isEmpty();
    }
}
