package jp.cityplan.domain.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Which initiative rows to list: those of one approach, and those whose name or description contains a text.
 * Text is compared after NFKC folding, so full-width and half-width forms (ＮＰＯ / NPO) match each other.
 */
public record InitiativeFilter(Optional<ApproachCode> approach, Optional<String> text) {

    public InitiativeFilter {
        approach = approach == null ? Optional.empty() : approach;
        text = text == null ? Optional.empty() : text.map(InitiativeFilter::fold).filter(t -> !t.isBlank());
    }

    public static InitiativeFilter all() {
        return new InitiativeFilter(Optional.empty(), Optional.empty());
    }

    public boolean matches(ListedInitiative row) {
        return approach.map(code -> code.equals(row.approach())).orElse(true)
                && text.map(t -> fold(row.name()).contains(t) || fold(row.description()).contains(t)).orElse(true);
    }

    static String fold(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }
}
