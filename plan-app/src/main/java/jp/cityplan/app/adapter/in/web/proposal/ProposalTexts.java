package jp.cityplan.app.adapter.in.web.proposal;

import jp.cityplan.domain.shared.JapaneseDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.Violation;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words the proposal pages and API use for the domain's codes, in the reader's language (Japanese unless
 * {@code ?lang=en}): states, field names, why a field was refused, and dates (令和 era in Japanese).
 */
@Component
@RequiredArgsConstructor
public class ProposalTexts {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final MessageSource messages;

    public String stateLabel(ProposalState state, Locale locale) {
        return messages.getMessage("proposal.state." + state.name(), null, state.name(), locale);
    }

    public String fieldLabel(String field, Locale locale) {
        return messages.getMessage("proposal.field." + field, null, field, locale);
    }

    /**
     * Why a field was refused, naming the field: a text for the field and reason
     * ({@code proposal.violation.email.MALFORMED}) where there is one, else the reason's general text.
     */
    public String violation(Violation violation, Locale locale) {
        return violation(violation.field(), violation.reason().name(), violation.limit(), locale);
    }

    public String violation(String field, String reason, int limit, Locale locale) {
        Object[] arguments = {fieldLabel(field, locale), limit};
        String specific = messages.getMessage("proposal.violation." + field + "." + reason, arguments, null, locale);
        if (specific != null) {
            return specific;
        }
        return messages.getMessage("proposal.violation." + reason, arguments, locale);
    }

    public String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** 令和8年5月22日 in Japanese, 22 May 2026 in English. */
    public String date(LocalDate date, Locale locale) {
        if (date == null) {
            return null;
        }
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? JapaneseDates.format(date) : ENGLISH_DATE.format(date);
    }

    public String date(Instant instant, Locale locale) {
        return instant == null ? null : date(cityDate(instant), locale);
    }

    static LocalDate cityDate(Instant instant) {
        return instant == null ? null : instant.atZone(CitizenProposal.CITY_ZONE).toLocalDate();
    }
}
