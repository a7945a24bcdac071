package jp.cityplan.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Staff input with one or more fields that cannot be accepted; nothing was stored. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("input refused: " + problems.stream().map(p -> p.field() + ": " + p.reason())
                .collect(Collectors.joining(", ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
