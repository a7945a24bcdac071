package jp.cityplan.app.adapter.out.persistence.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import jp.cityplan.domain.audit.Actor;
import jp.cityplan.domain.audit.AuditAction;
import jp.cityplan.domain.audit.AuditRecord;
import jp.cityplan.domain.audit.AuditTrail;
import jp.cityplan.domain.audit.CaseReference;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail in {@code audit_record}, written with plain SQL in the caller's transaction: the engine's (a task
 * completed and its record are committed together) or the app's (a proposal received and its record).
 */
@Repository
@RequiredArgsConstructor
public class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;

    @Override
    public void record(AuditRecord record) {
        jdbc.sql("""
                        insert into audit_record (process_key, case_reference, actor_kind, actor_id, action, subject,
                                                  detail, occurred_at)
                        values (:process, :reference, :actorKind, :actorId, :action, :subject, :detail, :at)""")
                .param("process", record.caseReference().process())
                .param("reference", record.caseReference().reference())
                .param("actorKind", record.actor().kind().name())
                .param("actorId", record.actor().userId())
                .param("action", record.action().name())
                .param("subject", record.subject())
                .param("detail", record.detail())
                .param("at", record.occurredAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<AuditRecord> of(CaseReference caseReference) {
        return jdbc.sql("""
                        select actor_kind, actor_id, action, subject, detail, occurred_at from audit_record
                        where process_key = :process and case_reference = :reference order by id""")
                .param("process", caseReference.process())
                .param("reference", caseReference.reference())
                .query((row, n) -> read(caseReference, row))
                .list();
    }

    private static AuditRecord read(CaseReference caseReference, ResultSet row) throws SQLException {
        return new AuditRecord(caseReference,
                new Actor(Actor.Kind.valueOf(row.getString("actor_kind")), row.getString("actor_id")),
                AuditAction.valueOf(row.getString("action")), row.getString("subject"), row.getString("detail"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant());
    }
}
