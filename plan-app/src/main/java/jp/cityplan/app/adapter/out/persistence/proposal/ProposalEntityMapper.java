package jp.cityplan.app.adapter.out.persistence.proposal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import jp.cityplan.app.config.SharedMapperConfig;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.AccessSecretHash;
import jp.cityplan.domain.proposal.Adoption;
import jp.cityplan.domain.proposal.Answer;
import jp.cityplan.domain.proposal.Contact;
import jp.cityplan.domain.proposal.ProposalSnapshot;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.shared.FiscalYear;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;

/**
 * A proposal's snapshot as a {@code proposal_case} row and back. The row's version is the JPA lock's own: it is
 * never written from a snapshot, only read into one.
 */
@Mapper(config = SharedMapperConfig.class)
interface ProposalEntityMapper {

    /** numeric(15, 0): whole yen, up to 999 trillion. */
    int YEN_DIGITS = 15;

    String DIVISION_SEPARATOR = ",";

    @Mapping(target = "body", source = "text")
    @Mapping(target = "familyName", source = "contact.familyName")
    @Mapping(target = "givenName", source = "contact.givenName")
    @Mapping(target = "area", source = "contact.area")
    @Mapping(target = "postalAddress", source = "contact.postalAddress")
    @Mapping(target = "email", source = "contact.email")
    @Mapping(target = "phone", source = "contact.phone")
    @Mapping(target = "divisions", source = "divisions", qualifiedByName = "divisionColumn")
    @Mapping(target = "answerText", source = "answer.text")
    @Mapping(target = "answerDelivery", source = "answer.delivery")
    @Mapping(target = "answerSentAt", source = "answer.sentAt")
    @Mapping(target = "adoptionCostYen", source = "adoption.estimatedCostYen", qualifiedByName = "yen")
    @Mapping(target = "adoptionFromFiscalYear", source = "adoption.from")
    @Mapping(target = "adoptionToFiscalYear", source = "adoption.to")
    // the two lists keep their managed collections: see copyLists
    @Mapping(target = "initiatives", ignore = true)
    @Mapping(target = "adoptedInitiatives", ignore = true)
    void copy(ProposalSnapshot snapshot, @MappingTarget ProposalCaseEntity row);

    @AfterMapping
    default void copyLists(ProposalSnapshot snapshot, @MappingTarget ProposalCaseEntity row) {
        row.setInitiatives(columns(snapshot.initiatives()));
        row.setAdoptedInitiatives(snapshot.adoption() == null ? List.of() : columns(snapshot.adoption().initiatives()));
    }

    @Mapping(target = "text", source = "body")
    @Mapping(target = "contact", source = "row")
    @Mapping(target = "divisions", source = "divisions", qualifiedByName = "divisionList")
    @Mapping(target = "answer", source = "row")
    @Mapping(target = "adoption", source = "row")
    ProposalSnapshot toSnapshot(ProposalCaseEntity row);

    default Contact contact(ProposalCaseEntity row) {
        return new Contact(row.getFamilyName(), row.getGivenName(), row.getArea(), row.getPostalAddress(),
                row.getEmail(), row.getPhone());
    }

    /** The check constraint keeps the three answer columns all set or all null. */
    default Answer answer(ProposalCaseEntity row) {
        return row.getAnswerText() == null ? null
                : new Answer(row.getAnswerText(), row.getAnswerDelivery(), row.getAnswerSentAt());
    }

    /** An adoption names at least one initiative: no adopted initiative rows, no adoption. */
    default Adoption adoption(ProposalCaseEntity row) {
        if (row.getAdoptedInitiatives().isEmpty()) {
            return null;
        }
        return new Adoption(initiativeCodes(row.getAdoptedInitiatives()), row.getAdoptionCostYen(),
                fiscalYear(row.getAdoptionFromFiscalYear()), fiscalYear(row.getAdoptionToFiscalYear()));
    }

    /** Group ids with a comma in them would not come back as they went in, so they are refused. */
    @Named("divisionColumn")
    default String divisionColumn(List<String> divisions) {
        if (divisions == null) {
            return "";
        }
        for (String division : divisions) {
            if (division.isEmpty() || division.contains(DIVISION_SEPARATOR)) {
                throw new IllegalArgumentException("division '" + division + "' cannot be stored: it is empty or"
                        + " contains '" + DIVISION_SEPARATOR + "'");
            }
        }
        return String.join(DIVISION_SEPARATOR, divisions);
    }

    @Named("divisionList")
    default List<String> divisionList(String column) {
        return column == null || column.isEmpty() ? List.of() : List.copyOf(Arrays.asList(column.split(DIVISION_SEPARATOR)));
    }

    /** Whole yen only: a value the column would round is refused, so what is stored comes back equal in value. */
    @Named("yen")
    default BigDecimal yen(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal significant = value.stripTrailingZeros();
        if (significant.scale() > 0 || significant.precision() - significant.scale() > YEN_DIGITS) {
            throw new IllegalArgumentException("cost " + value.toPlainString() + " yen is not a whole number of at"
                    + " most " + YEN_DIGITS + " digits: it cannot be stored");
        }
        return value.setScale(0);
    }

    default List<String> columns(List<InitiativeCode> codes) {
        return codes == null ? List.of() : codes.stream().map(InitiativeCode::value).toList();
    }

    default List<InitiativeCode> initiativeCodes(List<String> columns) {
        return columns == null ? List.of() : columns.stream().map(InitiativeCode::new).toList();
    }

    default String column(ReceiptNumber receiptNumber) {
        return receiptNumber == null ? null : receiptNumber.value();
    }

    default String column(AccessSecretHash hash) {
        return hash == null ? null : hash.value();
    }

    default Integer column(FiscalYear fiscalYear) {
        return fiscalYear == null ? null : fiscalYear.year();
    }

    default ReceiptNumber receiptNumber(String column) {
        return column == null ? null : new ReceiptNumber(column);
    }

    default AccessSecretHash accessSecretHash(String column) {
        return column == null ? null : new AccessSecretHash(column);
    }

    default FiscalYear fiscalYear(Integer column) {
        return column == null ? null : FiscalYear.of(column);
    }
}
