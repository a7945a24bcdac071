package jp.cityplan.app.adapter.in.web.publicworks;

import java.util.Locale;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.EvaluationStage;
import jp.cityplan.domain.publicworks.FieldViolation;
import jp.cityplan.domain.publicworks.ProjectKind;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of 公共事業評価 in the reader's language ({@code messages*.properties}, keys {@code publicworks.*}). */
@Component
@RequiredArgsConstructor
public class PublicWorksTexts {

    private final MessageSource messages;

    public String violation(FieldViolation violation, Locale locale) {
        String field = messages.getMessage("publicworks.field." + violation.field(), null, violation.field(), locale);
        return messages.getMessage("publicworks.reason." + violation.reason().name(), new Object[] {field}, locale);
    }

    public String decision(EvaluationDecision decision, Locale locale) {
        return decision == null ? null : messages.getMessage("publicworks.decision." + decision.name(), null, locale);
    }

    public String stage(EvaluationStage stage, Locale locale) {
        return messages.getMessage("publicworks.stage." + stage.name(), null, locale);
    }

    public String kind(ProjectKind kind, Locale locale) {
        return messages.getMessage("publicworks.kind." + kind.name(), null, locale);
    }

    public String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
