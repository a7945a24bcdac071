package jp.cityplan.app.adapter.out.persistence.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code plan_approach_paragraph}: one paragraph of one prose section of an approach. */
@Entity
@Table(name = "plan_approach_paragraph")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ApproachParagraphEntity extends PlanPartEntity {

    private String approachCode;

    @Enumerated(EnumType.STRING)
    private ProseSection section;

    private String text;
}
