package jp.cityplan.app.adapter.in.web.committee;

import java.util.Locale;
import jp.cityplan.domain.committee.FieldError;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Japanese (or English) text of a refused field: a field-specific message where there is one, else the reason's. */
@Component
@RequiredArgsConstructor
class RecruitmentTexts {

    private final MessageSource messages;

    String of(FieldError error, Locale locale) {
        String label = messages.getMessage("committee.field." + error.field(), null, error.field(), locale);
        Object[] arguments = {label, error.limit()};
        String specific = messages.getMessage("committee.violation." + error.field() + "." + error.reason(), arguments,
                null, locale);
        return specific != null ? specific
                : messages.getMessage("committee.violation." + error.reason(), arguments, locale);
    }

    String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
