package jp.cityplan.app.adapter.in.planfile;

/** One thing wrong in a plan file: the place (line and column, a path such as {@code $.plan.chapters[6]}, or a domain place) and why. */
public record PlanFileError(String place, String reason) {

    @Override
    public String toString() {
        return place + ": " + reason;
    }
}
