package jp.cityplan.app.adapter.out.persistence.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import jp.cityplan.domain.committee.RecruitmentState;
import jp.cityplan.domain.committee.SelectionMethod;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code committee_recruitment}: the terms, the state, the selection and the published lottery. */
@Entity
@Table(name = "committee_recruitment")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class RecruitmentEntity {

    @Id
    private String id;

    private String committeeId;

    private int seats;

    private Instant opensAt;

    private Instant closesAt;

    private String essayTheme;

    private int essayLimit;

    @Enumerated(EnumType.STRING)
    private SelectionMethod selectionMethod;

    private Integer passMark;

    private LocalDate termStartsOn;

    private LocalDate resultExpectedOn;

    @Enumerated(EnumType.STRING)
    private RecruitmentState state;

    /** Comma-separated application numbers in the order chosen. */
    private String selected;

    private String lotterySeed;

    private String lotteryWitnesses;

    private String lotteryList;

    private String compositionFlags;

    @Version
    private long version;

    RecruitmentEntity(String id) {
        this.id = id;
    }
}
