package jp.cityplan.domain.plan;

import java.util.List;
import java.util.stream.Collectors;

/** A plan that breaks the rules of its shape; it lists every problem found, and nothing of it is kept. */
public class InvalidPlanException extends RuntimeException {

    private final transient List<PlanProblem> problems;

    public InvalidPlanException(List<PlanProblem> problems) {
        super(problems.stream().map(PlanProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
