package jp.cityplan.app.adapter.in.web.api;

/** No plan has the id a request named (or the text cannot be a plan id at all). */
public class PlanNotFoundException extends RuntimeException {

    private final String planId;

    public PlanNotFoundException(String planId) {
        super("no plan '" + planId + "'");
        this.planId = planId;
    }

    public String planId() {
        return planId;
    }
}
