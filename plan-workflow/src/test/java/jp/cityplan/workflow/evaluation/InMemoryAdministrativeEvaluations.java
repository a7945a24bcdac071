package jp.cityplan.workflow.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.EvaluationId;
import jp.cityplan.domain.plan.PlanId;

/** The evaluations of a process test, in memory. */
class InMemoryAdministrativeEvaluations implements AdministrativeEvaluations {

    private final Map<EvaluationId, AdministrativeEvaluation> stored = new LinkedHashMap<>();
    final List<String> saved = new ArrayList<>();

    @Override
    public Optional<AdministrativeEvaluation> findById(EvaluationId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public List<AdministrativeEvaluation> ofPlan(PlanId plan) {
        return stored.values().stream().filter(e -> e.plan().equals(plan)).toList();
    }

    @Override
    public void save(AdministrativeEvaluation evaluation) {
        stored.put(evaluation.id(), evaluation);
        saved.add(evaluation.id() + ":" + evaluation.state());
    }
}
