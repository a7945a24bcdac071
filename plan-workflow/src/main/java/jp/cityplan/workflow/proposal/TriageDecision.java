package jp.cityplan.workflow.proposal;

import java.util.Locale;
import java.util.Optional;

/** What intake (広報広聴) decides to do with a proposal; the triage table proposes one of the first three. */
public enum TriageDecision {
    /** An individual answer by the responsible divisions. */
    ANSWER,
    /** 参考意見: kept as input, no individual answer. */
    INPUT_ONLY,
    /** Not accepted, with a reason. */
    REJECT,
    /** The same as an earlier proposal: merged into it (decided by staff only). */
    DUPLICATE;

    public static Optional<TriageDecision> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
