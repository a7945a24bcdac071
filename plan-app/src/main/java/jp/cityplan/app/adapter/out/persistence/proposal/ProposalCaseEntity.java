package jp.cityplan.app.adapter.out.persistence.proposal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.proposal.AnswerDelivery;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.PublicationConsent;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.annotations.ListIndexBase;

/**
 * A row of {@code proposal_case}: one citizen proposal with its contact, answer and adoption, plus its two ordered
 * lists of initiative codes. Personal data: never log an instance (Lombok's {@code toString} is not generated).
 */
@Entity
@Table(name = "proposal_case")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ProposalCaseEntity {

    @Id
    private String receiptNumber;

    private String secretHash;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String intakeOffice;

    private String subject;

    /** The proposal's text. */
    private String body;

    private String category;

    /** Initiative codes the citizen named, in the order given. */
    @ElementCollection
    @CollectionTable(name = "proposal_initiative", joinColumns = @JoinColumn(name = "receipt_number"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "initiative_code")
    private List<String> initiatives = new ArrayList<>();

    private String familyName;

    private String givenName;

    private String area;

    private String postalAddress;

    private String email;

    private String phone;

    private boolean wantsAnswer;

    @Enumerated(EnumType.STRING)
    private PublicationConsent publicationConsent;

    private Instant receivedAt;

    private LocalDate answerDueOn;

    @Enumerated(EnumType.STRING)
    private ProposalState state;

    private String decisionReason;

    private String mergedInto;

    /** Camunda group ids, comma-separated, the lead first; empty when none. */
    private String divisions;

    private String answerText;

    @Enumerated(EnumType.STRING)
    private AnswerDelivery answerDelivery;

    private Instant answerSentAt;

    private Instant publishedAt;

    /** Initiative codes of the adoption, in the order given; empty when the proposal is not adopted. */
    @ElementCollection
    @CollectionTable(name = "proposal_adopted_initiative", joinColumns = @JoinColumn(name = "receipt_number"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "initiative_code")
    private List<String> adoptedInitiatives = new ArrayList<>();

    private BigDecimal adoptionCostYen;

    private Integer adoptionFromFiscalYear;

    private Integer adoptionToFiscalYear;

    private Instant withdrawnAt;

    /** Optimistic lock: null until stored (Hibernate then starts it at 0), increased by every stored change. */
    @Version
    @Setter(AccessLevel.NONE)
    private Long version;

    /** Keeps the managed list (Hibernate tracks its changes) and replaces its contents only where they differ. */
    void setInitiatives(List<String> codes) {
        replace(initiatives, codes);
    }

    void setAdoptedInitiatives(List<String> codes) {
        replace(adoptedInitiatives, codes);
    }

    private static void replace(List<String> target, List<String> codes) {
        List<String> wanted = codes == null ? List.of() : codes;
        if (!target.equals(wanted)) {
            target.clear();
            target.addAll(wanted);
        }
    }
}
