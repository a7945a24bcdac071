package jp.cityplan.app.adapter.out.persistence.committee;

import java.util.List;
import jp.cityplan.app.config.SharedMapperConfig;
import jp.cityplan.domain.committee.Applicant;
import jp.cityplan.domain.committee.Ineligibility;
import jp.cityplan.domain.committee.Member;
import jp.cityplan.domain.committee.Score;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Maps the committee domain's values to rows and back; the adapters assemble the aggregates from them. */
@Mapper(config = SharedMapperConfig.class)
interface CommitteeEntityMapper {

    @Mapping(target = "termStartsOn", source = "term.startsOn")
    @Mapping(target = "termEndsOn", source = "term.endsOn")
    @Mapping(target = "applicationNumber", source = "application.value")
    MemberRow toRow(Member member);

    @Mapping(target = "term", expression = "java(new jp.cityplan.domain.committee.Term(row.getTermStartsOn(), row.getTermEndsOn()))")
    @Mapping(target = "application", expression = "java(row.getApplicationNumber() == null ? null"
            + " : new jp.cityplan.domain.committee.ApplicationNumber(row.getApplicationNumber()))")
    Member toMember(MemberRow row);

    List<MemberRow> toMemberRows(List<Member> members);

    List<Member> toMembers(List<MemberRow> rows);

    IneligibilityRow toRow(Ineligibility ineligibility);

    Ineligibility toIneligibility(IneligibilityRow row);

    List<IneligibilityRow> toIneligibilityRows(List<Ineligibility> ineligibilities);

    List<Ineligibility> toIneligibilities(List<IneligibilityRow> rows);

    ScoreRow toRow(Score score);

    Score toScore(ScoreRow row);

    List<ScoreRow> toScoreRows(List<Score> scores);

    List<Score> toScores(List<ScoreRow> rows);

    @Mapping(target = "applicantIdentity", expression = "java(applicant.identity())")
    @Mapping(target = "applicationNumber", ignore = true)
    @Mapping(target = "recruitmentId", ignore = true)
    @Mapping(target = "reasons", ignore = true)
    @Mapping(target = "essay", ignore = true)
    @Mapping(target = "receivedAt", ignore = true)
    @Mapping(target = "outcome", ignore = true)
    @Mapping(target = "resultSent", ignore = true)
    @Mapping(target = "ineligibilities", ignore = true)
    @Mapping(target = "scores", ignore = true)
    @Mapping(target = "version", ignore = true)
    void copyApplicant(Applicant applicant, @MappingTarget ApplicationEntity row);

    Applicant toApplicant(ApplicationEntity row);
}
