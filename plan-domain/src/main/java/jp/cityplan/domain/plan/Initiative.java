package jp.cityplan.domain.plan;

import jp.cityplan.domain.shared.Require;

/** A main initiative (主な取組事項) whose home is an approach of the plan: 事業名 and 事業内容. */
public record Initiative(InitiativeCode code, String name, String description) implements InitiativeRow {

    public Initiative {
        Require.present(code, "initiative code");
        Require.text(name, "initiative name");
        Require.text(description, "initiative description");
    }
}
