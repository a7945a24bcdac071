package jp.cityplan.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit trail: who did what to which case, when, and to which step of it. {@code subject} names the
 * step (a task's or activity's name from the model); {@code detail} says what else an auditor needs (e.g. whom a task
 * was given to), and is an id or a model text, never a citizen's personal data.
 */
public record AuditRecord(CaseReference caseReference, Actor actor, AuditAction action, String subject,
                          String detail, Instant occurredAt) {

    static final int MAX_TEXT = 255;

    public AuditRecord {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(occurredAt, "occurredAt");
        subject = bounded("subject", subject);
        detail = bounded("detail", detail);
    }

    public static AuditRecord of(CaseReference caseReference, Actor actor, AuditAction action, Instant occurredAt) {
        return new AuditRecord(caseReference, actor, action, null, null, occurredAt);
    }

    private static String bounded(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_TEXT) {
            throw new IllegalArgumentException(field + ": longer than " + MAX_TEXT + " characters");
        }
        return trimmed;
    }
}
