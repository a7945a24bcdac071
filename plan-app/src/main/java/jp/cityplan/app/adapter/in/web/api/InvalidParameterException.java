package jp.cityplan.app.adapter.in.web.api;

import java.util.List;

/**
 * A request parameter holds a value the API cannot use. The reason is a message key under
 * {@code api.problem.reason.}, so the problem detail names it in the reader's language.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String value;
    private final String reason;
    private final List<Object> reasonArguments;

    public InvalidParameterException(String parameter, String value, String reason, Object... reasonArguments) {
        super("parameter '" + parameter + "' cannot be '" + value + "': " + reason);
        this.parameter = parameter;
        this.value = value;
        this.reason = reason;
        this.reasonArguments = List.of(reasonArguments);
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }

    public Object[] reasonArguments() {
        return reasonArguments.toArray();
    }
}
