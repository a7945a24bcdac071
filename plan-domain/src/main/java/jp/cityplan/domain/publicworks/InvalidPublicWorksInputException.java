package jp.cityplan.domain.publicworks;

import java.util.List;
import java.util.stream.Collectors;

/** Input with one or more fields that cannot be accepted; nothing was stored. */
public class InvalidPublicWorksInputException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidPublicWorksInputException(List<FieldViolation> violations) {
        super("refused: " + violations.stream().map(v -> v.field() + " " + v.reason())
                .collect(Collectors.joining(", ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidPublicWorksInputException(String field, FieldViolation.Reason reason) {
        this(List.of(new FieldViolation(field, reason)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
