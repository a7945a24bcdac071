package jp.cityplan.domain.committee;

/** The sex as the applicant states it; {@code NO_ANSWER} is a valid answer (回答しない). */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    NO_ANSWER
}
