package jp.cityplan.app.adapter.out.persistence.committee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.committee.ApplicationOutcome;
import jp.cityplan.domain.committee.Position;
import jp.cityplan.domain.committee.Relation;
import jp.cityplan.domain.committee.Sex;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A row of {@code committee_application} with its eligibility reasons and the panel's scores. The applicant's name,
 * kana, birth date, address, e-mail and identity are personal data: never log an instance.
 */
@Entity
@Table(name = "committee_application")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ApplicationEntity {

    @Id
    private String applicationNumber;

    private String recruitmentId;

    private String name;

    private String kana;

    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private String address;

    private String email;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    private String occupation;

    @Enumerated(EnumType.STRING)
    @Column(name = "public_position")
    private Position position;

    private int otherSeats;

    private String applicantIdentity;

    private String reasons;

    private String essay;

    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private ApplicationOutcome outcome;

    private boolean resultSent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_application_ineligibility",
            joinColumns = @JoinColumn(name = "application_number"))
    @OrderColumn(name = "position")
    private List<IneligibilityRow> ineligibilities = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_application_score", joinColumns = @JoinColumn(name = "application_number"))
    private List<ScoreRow> scores = new ArrayList<>();

    @Version
    private long version;

    ApplicationEntity(String applicationNumber) {
        this.applicationNumber = applicationNumber;
    }
}
