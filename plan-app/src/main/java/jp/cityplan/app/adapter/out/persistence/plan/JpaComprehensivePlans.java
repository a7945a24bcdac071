package jp.cityplan.app.adapter.out.persistence.plan;

import jp.cityplan.domain.plan.PlanAlreadyRegisteredException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.plan.PlanSummary;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans in the {@code plan_*} tables. A plan is added whole in one transaction and read with one query per
 * table; summaries read the {@code plan_plan} rows only.
 */
@Component
@RequiredArgsConstructor
@Transactional
public class JpaComprehensivePlans implements ComprehensivePlans {

    private static final String UNIQUE_VIOLATION = "23505";

    private final PlanRepository plans;
    private final PlanTableStore tables;
    private final PlanDecomposer decomposer;
    private final PlanReassembler reassembler;
    private final PlanDomainMapper mapper;

    @Override
    @Transactional(readOnly = true)
    public Optional<ComprehensivePlan> findById(PlanId id) {
        return plans.findById(id.value()).map(tables::readTree).map(reassembler::reassemble);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(PlanId id) {
        return plans.existsById(id.value());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> summaries() {
        return plans.findAll(Sort.by("id")).stream().map(mapper::toSummary).toList();
    }

    /**
     * Stores a new plan whole, or nothing of it.
     *
     * @throws PlanAlreadyRegisteredException if a plan with its id is stored already, also where another transaction
     *         stored it after this one looked (the primary key of {@code plan_plan} refuses the second)
     */
    @Override
    public void add(ComprehensivePlan plan) {
        if (plans.existsById(plan.id().value())) {
            throw new PlanAlreadyRegisteredException(plan.id());
        }
        PlanTables rows = decomposer.decompose(plan, Instant.now());
        insertPlanRow(plan.id(), rows.plan());
        tables.insertTree(rows);
    }

    private void insertPlanRow(PlanId id, PlanEntity row) {
        try {
            plans.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            if (isUniqueViolation(e)) {
                throw new PlanAlreadyRegisteredException(id, e);
            }
            throw e;
        }
    }

    /** SQLSTATE 23505, unique violation, on H2 and PostgreSQL alike. */
    private static boolean isUniqueViolation(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
