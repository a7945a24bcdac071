package jp.cityplan.domain.plan;

import java.util.Optional;

/**
 * A row of an approach's initiative table as people read it: a relisting of an initiative of the plan shows the
 * home initiative's code and description; a relisting of a section outside the plan shows its printed text and
 * stays unresolved.
 */
public record ListedInitiative(
        ApproachCode approach,
        int position,
        Optional<InitiativeCode> code,
        String name,
        String description,
        Optional<SectionReference> home,
        boolean relisting) {

    /** True for a relisting whose home lies outside the plan's loaded chapters. */
    public boolean unresolved() {
        return relisting && code.isEmpty();
    }
}
