package jp.cityplan.app.adapter.out.persistence.committee;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jp.cityplan.domain.committee.Sex;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code committee_member}. The name is personal data. */
@Embeddable
@Getter
@Setter
@NoArgsConstructor
class MemberRow {

    private String name;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private boolean publiclyRecruited;

    private LocalDate termStartsOn;

    private LocalDate termEndsOn;

    private String applicationNumber;
}
