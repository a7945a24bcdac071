package jp.cityplan.app.adapter.out.persistence.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.cityplan.domain.plan.ChapterKind;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code plan_chapter}: a chapter, at its position in the plan. */
@Entity
@Table(name = "plan_chapter")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ChapterEntity extends PlanPartEntity {

    @Enumerated(EnumType.STRING)
    private ChapterKind kind;

    private Integer number;

    private String title;

    private String name;
}
