package jp.cityplan.app.adapter.out.persistence.committee;

import jakarta.persistence.Embeddable;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code committee_application_ineligibility}: one reason from the eligibility table. */
@Embeddable
@Getter
@Setter
@NoArgsConstructor
class IneligibilityRow {

    private String code;

    private String explanation;
}
