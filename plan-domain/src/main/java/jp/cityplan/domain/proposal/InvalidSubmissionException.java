package jp.cityplan.domain.proposal;

import java.util.List;
import java.util.stream.Collectors;

/** A submission with one or more fields that cannot be accepted; nothing was stored. */
public class InvalidSubmissionException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidSubmissionException(List<Violation> violations) {
        super("submission refused: " + violations.stream()
                .map(v -> v.field() + " " + v.reason()).collect(Collectors.joining(", ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
