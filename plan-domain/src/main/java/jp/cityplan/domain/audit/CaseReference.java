package jp.cityplan.domain.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which case an audit record is about: the process that works on it (its id, e.g. {@code citizen-proposal}) and the
 * case's own reference number there (e.g. the receipt number {@code P2026-00001}). Both are ids, never personal data.
 */
public record CaseReference(String process, String reference) {

    private static final Pattern PROCESS = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

    public CaseReference {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(reference, "reference");
        if (!PROCESS.matcher(process).matches()) {
            throw new IllegalArgumentException("process: not a process id: " + process);
        }
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("reference: not a case reference (letters, digits, - _ . : only)");
        }
    }

    @Override
    public String toString() {
        return process + "/" + reference;
    }
}
