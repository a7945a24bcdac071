package jp.cityplan.domain.committee;

import java.util.List;
import java.util.stream.Collectors;

/** Input with one or more fields that cannot be accepted; nothing was stored. The message never quotes values. */
public abstract class InputRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    protected InputRefusedException(String what, List<FieldError> errors) {
        super(what + " refused: " + errors.stream().map(e -> e.field() + " " + e.reason())
                .collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
