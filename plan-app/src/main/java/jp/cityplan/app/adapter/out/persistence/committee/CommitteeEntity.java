package jp.cityplan.app.adapter.out.persistence.committee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code committee} with its members by term. Members' names are personal data: never log an instance. */
@Entity
@Table(name = "committee")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class CommitteeEntity {

    @Id
    private String id;

    private String name;

    private String legalBasis;

    private int totalSeats;

    private int publicSeats;

    /** ISO-8601 period, e.g. {@code P2Y}. */
    private String termLength;

    private int genderTargetPercent;

    private String responsibleDivision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_member", joinColumns = @JoinColumn(name = "committee_id"))
    @OrderColumn(name = "position")
    private List<MemberRow> members = new ArrayList<>();

    @Version
    private long version;

    CommitteeEntity(String id) {
        this.id = id;
    }
}
