package jp.cityplan.app.adapter.out.persistence.committee;

import jakarta.persistence.Embeddable;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code committee_application_score}: one panel member's score. */
@Embeddable
@Getter
@Setter
@NoArgsConstructor
class ScoreRow {

    private String panelMember;

    private int points;
}
