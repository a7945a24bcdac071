package jp.cityplan.domain.committee;

import jp.cityplan.domain.shared.Require;

/** What the eligibility table reads about an applicant: no name, address or birth date, only the age. */
public record EligibilityFacts(int age, Relation relation, Position position, int otherSeats) {

    public EligibilityFacts {
        Require.present(relation, "relation");
        Require.present(position, "position");
    }
}
