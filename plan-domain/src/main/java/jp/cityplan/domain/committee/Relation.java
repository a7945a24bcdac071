package jp.cityplan.domain.committee;

/** How the applicant is related to the city (在住・在勤・在学), or {@code NONE}; the eligibility table decides what counts. */
public enum Relation {
    LIVES,
    WORKS,
    STUDIES,
    NONE
}
