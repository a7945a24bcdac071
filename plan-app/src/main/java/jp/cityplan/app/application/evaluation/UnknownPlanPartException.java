package jp.cityplan.app.application.evaluation;

/** A plan, or an initiative of it, that this deployment does not keep (404). */
public class UnknownPlanPartException extends RuntimeException {

    public UnknownPlanPartException(String what) {
        super(what + " is not known");
    }
}
