package jp.cityplan.app.adapter.in.web.committee;

import jp.cityplan.app.application.committee.OpenRecruitment;
import jp.cityplan.app.config.SharedMapperConfig;
import jp.cityplan.domain.committee.ApplicationReceipt;
import jp.cityplan.domain.committee.RecruitmentTerms;
import jp.cityplan.domain.committee.Term;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps open recruitments and receipts to the JSON the API returns. */
@Mapper(config = SharedMapperConfig.class)
interface RecruitmentWebMapper {

    default RecruitmentResponse toResponse(OpenRecruitment open) {
        return toResponse(open.recruitment().id().value(), open.recruitment().terms(), open.committee().name(),
                open.committee().legalBasis(), open.term());
    }

    @Mapping(target = "id", source = "id")
    @Mapping(target = "committeeId", source = "terms.committee.value")
    @Mapping(target = "committee", source = "committeeName")
    @Mapping(target = "legalBasis", source = "legalBasis")
    @Mapping(target = "seats", source = "terms.seats")
    @Mapping(target = "opensAt", source = "terms.opensAt")
    @Mapping(target = "closesAt", source = "terms.closesAt")
    @Mapping(target = "essayTheme", source = "terms.essayTheme")
    @Mapping(target = "essayLimit", source = "terms.essayLimit")
    @Mapping(target = "selectionMethod", source = "terms.method")
    @Mapping(target = "termStartsOn", source = "term.startsOn")
    @Mapping(target = "termEndsOn", source = "term.endsOn")
    @Mapping(target = "resultExpectedOn", source = "terms.resultExpectedOn")
    RecruitmentResponse toResponse(String id, RecruitmentTerms terms, String committeeName, String legalBasis, Term term);

    @Mapping(target = "applicationNumber", source = "number.value")
    @Mapping(target = "recruitmentId", source = "recruitment.value")
    ApplicationReceiptResponse toResponse(ApplicationReceipt receipt);
}
