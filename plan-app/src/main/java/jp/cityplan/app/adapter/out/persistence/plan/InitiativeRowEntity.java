package jp.cityplan.app.adapter.out.persistence.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code plan_initiative_row}: an initiative at home in its approach, or a relisting (再掲). */
@Entity
@Table(name = "plan_initiative_row")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class InitiativeRowEntity extends PlanPartEntity {

    private String approachCode;

    /** Set for an initiative at home here; null for a relisting. */
    private String initiativeCode;

    private String name;

    /** The initiative's 事業内容, or the printed description of a relisting of a basic goal section. */
    private String description;

    /** The printed home of a relisting, e.g. {@code 方策 1-1-3} or {@code 4-1-3}; null for an initiative. */
    private String relistingHome;

    /** The home initiative of a relisting in the plan; null otherwise. */
    private String relistingInitiativeCode;
}
