package jp.cityplan.domain.audit;

import java.util.List;

/** The domain's own record of who did what to which case; entries are only ever added. */
public interface AuditTrail {

    void record(AuditRecord record);

    /** Every record of the case, oldest first. */
    List<AuditRecord> of(CaseReference caseReference);
}
