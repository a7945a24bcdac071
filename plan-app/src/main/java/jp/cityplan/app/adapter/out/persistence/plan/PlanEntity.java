package jp.cityplan.app.adapter.out.persistence.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code plan_plan}: the plan itself, without its tree. */
@Entity
@Table(name = "plan_plan")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PlanEntity {

    @Id
    private String id;

    private String title;

    private String municipalityCode;

    private String municipalityName;

    private Instant loadedAt;

    /** Optimistic lock; null until stored, which is how Spring Data tells a new plan. */
    @Version
    @Setter(AccessLevel.NONE)
    private Long version;
}
