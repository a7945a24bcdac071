package jp.cityplan.app.adapter.out.persistence.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code plan_measure}: a measure (方策), at its position in its chapter. */
@Entity
@Table(name = "plan_measure")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class MeasureEntity extends PlanPartEntity {

    private int chapterPosition;

    private String code;

    private String title;
}
