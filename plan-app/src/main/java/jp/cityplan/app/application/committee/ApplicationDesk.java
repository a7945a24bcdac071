package jp.cityplan.app.application.committee;

import java.time.Clock;
import java.util.List;
import jp.cityplan.domain.committee.ApplicationDraft;
import jp.cityplan.domain.committee.ApplicationIntake;
import jp.cityplan.domain.committee.ApplicationReceipt;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.CommitteeRecruitments;
import jp.cityplan.domain.committee.Committees;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.domain.committee.UnknownCommitteeException;
import jp.cityplan.workflow.committee.CommitteeRecruitmentClient;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What citizens do with recruitments, for the pages and the API: see the open ones and apply. An application is
 * stored and checked against the eligibility table in one transaction: it is either stored and checked, or nothing.
 */
@Service
@RequiredArgsConstructor
public class ApplicationDesk {

    private final CommitteeRecruitments recruitments;
    private final Committees committees;
    private final ApplicationIntake intake;
    private final CommitteeRecruitmentClient process;
    private final Clock clock;

    @Transactional(readOnly = true)
    public List<OpenRecruitment> openRecruitments() {
        return recruitments.openAt(clock.instant()).stream().map(this::withCommittee).toList();
    }

    /** @throws UnknownCommitteeException where no such recruitment is open */
    @Transactional(readOnly = true)
    public OpenRecruitment openRecruitment(RecruitmentId id) {
        CommitteeRecruitment recruitment = recruitments.find(id).filter(r -> r.isOpenAt(clock.instant()))
                .orElseThrow(() -> new UnknownCommitteeException(id.value()));
        return withCommittee(recruitment);
    }

    /**
     * @throws UnknownCommitteeException                              where there is no such recruitment
     * @throws jp.cityplan.domain.committee.InvalidApplicationException naming the fields that cannot be accepted
     */
    @Transactional
    public ApplicationReceipt apply(RecruitmentId id, ApplicationDraft draft) {
        ApplicationReceipt receipt = intake.apply(id, draft).receipt();
        process.applicationReceived(id, receipt.number());
        return receipt;
    }

    private OpenRecruitment withCommittee(CommitteeRecruitment recruitment) {
        var committee = committees.get(recruitment.committee());
        return new OpenRecruitment(recruitment, committee, committee.termStarting(recruitment.terms().termStartsOn()));
    }
}
