package jp.cityplan.domain.committee;

import java.util.List;

/** An application the city cannot accept: a field is wrong, it came after the closing time, or it is a second one. */
public class InvalidApplicationException extends InputRefusedException {

    private static final long serialVersionUID = 1L;

    public InvalidApplicationException(List<FieldError> errors) {
        super("application", errors);
    }
}
