package jp.cityplan.app.application.committee;

import jp.cityplan.domain.committee.Committee;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.Term;

/** A recruitment open to applications, with its committee and the term the members will serve. */
public record OpenRecruitment(CommitteeRecruitment recruitment, Committee committee, Term term) {
}
