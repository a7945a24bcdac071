package jp.cityplan.app.adapter.out.persistence.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code plan_approach}: an approach (手法), at its position in its measure. */
@Entity
@Table(name = "plan_approach")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ApproachEntity extends PlanPartEntity {

    private String measureCode;

    private String code;

    private String title;
}
