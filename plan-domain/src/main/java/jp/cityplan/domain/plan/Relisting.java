package jp.cityplan.domain.plan;

import java.util.Optional;
import jp.cityplan.domain.shared.Require;

/**
 * A row listed again (再掲) in an approach; its home is another section. Where the home is an approach of this
 * plan the row is the home initiative itself, named by {@code initiative}, and carries no description of its own.
 * Where the home lies in a basic goal outside the plan's loaded chapters, the row keeps the printed description
 * and stays an unresolved reference.
 */
public record Relisting(SectionReference home, String name, String description, InitiativeCode initiative)
        implements InitiativeRow {

    public Relisting {
        Require.present(home, "relisting home");
        Require.text(name, "relisting name");
        if (home.isInPillar()) {
            Require.present(initiative, "relisting initiative (the home " + home + " is in the plan)");
            if (description != null) {
                throw new IllegalArgumentException("relisting of " + initiative
                        + " must not repeat a description: it is the home initiative's");
            }
            if (!initiative.approach().equals(home.pillarApproach().orElseThrow())) {
                throw new IllegalArgumentException("relisting names initiative " + initiative
                        + ", which is not in approach " + home.pillarApproach().orElseThrow() + " of " + home);
            }
        } else {
            Require.text(description, "relisting description");
            if (initiative != null) {
                throw new IllegalArgumentException("relisting with home " + home
                        + " lies outside the plan's chapters and cannot name initiative " + initiative);
            }
        }
    }

    public static Relisting ofPlanInitiative(SectionReference home, String name, InitiativeCode initiative) {
        return new Relisting(home, name, null, initiative);
    }

    public static Relisting ofOutsideSection(SectionReference home, String name, String description) {
        return new Relisting(home, name, description, null);
    }

    public Optional<InitiativeCode> homeInitiative() {
        return Optional.ofNullable(initiative);
    }

    public Optional<String> printedDescription() {
        return Optional.ofNullable(description);
    }
}
