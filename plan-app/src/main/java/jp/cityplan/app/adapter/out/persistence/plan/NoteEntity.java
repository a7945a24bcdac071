package jp.cityplan.app.adapter.out.persistence.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code plan_note}: a numbered footnote (※N). */
@Entity
@Table(name = "plan_note")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class NoteEntity extends PlanPartEntity {

    private int number;

    private String text;
}
