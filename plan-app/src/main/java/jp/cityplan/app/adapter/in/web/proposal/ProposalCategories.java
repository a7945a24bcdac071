package jp.cityplan.app.adapter.in.web.proposal;

import java.util.List;
import java.util.Locale;
import jp.cityplan.app.config.ProposalProperties;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The proposal categories the city offers ({@code proposal.categories}), in the configured order, for the form's
 * select and to name a case's category: the Japanese label, or the English one with {@code ?lang=en}.
 */
@Component
@RequiredArgsConstructor
public class ProposalCategories {

    private final ProposalProperties properties;

    /** Every category as a choice: value = the stored code, label in the reader's language. */
    public List<Choice> options(Locale locale) {
        return properties.categories().stream()
                .map(category -> new Choice(category.code(), labelOf(category, locale)))
                .toList();
    }

    /** The label of a stored category code; a code no longer configured reads as itself. */
    public String label(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        return properties.categories().stream()
                .filter(category -> category.code().equals(code))
                .findFirst()
                .map(category -> labelOf(category, locale))
                .orElse(code);
    }

    private static String labelOf(ProposalProperties.Category category, Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? category.ja() : category.en();
    }
}
