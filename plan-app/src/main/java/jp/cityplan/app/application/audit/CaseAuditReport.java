package jp.cityplan.app.application.audit;

import java.util.List;
import jp.cityplan.domain.audit.AuditRecord;
import jp.cityplan.domain.audit.CaseReference;

/** A case's audit trail and its processes' engine operations, each oldest first. */
public record CaseAuditReport(CaseReference caseReference, List<AuditRecord> records,
                              List<EngineOperation> engineOperations) {

    public boolean isEmpty() {
        return records.isEmpty() && engineOperations.isEmpty();
    }
}
