package jp.cityplan.domain.committee;

/** A committee, recruitment or application that the city does not have. */
public class UnknownCommitteeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownCommitteeException(String reference) {
        super("unknown committee, recruitment or application: " + reference);
    }
}
