package jp.cityplan.domain.proposal;

import java.util.Set;
import java.util.function.Predicate;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.shared.Require;

/**
 * The city's data a submission is checked against: the proposal categories it offers (configured, not code) and
 * the initiatives of its plan.
 */
public record ProposalRules(Set<String> categories, Predicate<InitiativeCode> initiativeExists) {

    public ProposalRules {
        categories = Set.copyOf(Require.present(categories, "categories"));
        Require.present(initiativeExists, "initiative lookup");
    }
}
