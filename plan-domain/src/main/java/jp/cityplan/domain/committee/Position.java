package jp.cityplan.domain.committee;

/**
 * A public position the applicant holds. Which positions exclude an applicant is the eligibility table's rule
 * (e.g. council members and city employees; some cities all civil servants), not the code's.
 */
public enum Position {
    NONE,
    COUNCIL_MEMBER,
    CITY_EMPLOYEE,
    OTHER_CIVIL_SERVANT
}
