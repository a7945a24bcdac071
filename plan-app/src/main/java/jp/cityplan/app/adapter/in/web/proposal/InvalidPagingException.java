package jp.cityplan.app.adapter.in.web.proposal;

/** A paging parameter outside its range; {@code reason} is {@code TOO_SMALL} or {@code TOO_LARGE}. */
class InvalidPagingException extends RuntimeException {

    private final String parameter;
    private final String reason;
    private final int limit;

    InvalidPagingException(String parameter, String reason, int limit) {
        super("paging parameter " + parameter + " is " + reason + " (limit " + limit + ")");
        this.parameter = parameter;
        this.reason = reason;
        this.limit = limit;
    }

    String parameter() {
        return parameter;
    }

    String reason() {
        return reason;
    }

    int limit() {
        return limit;
    }
}
