package jp.cityplan.app.adapter.in.web.proposal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import jp.cityplan.app.application.proposal.IdempotencyKey;
import jp.cityplan.app.application.proposal.IdempotencyKeyReusedException;
import jp.cityplan.app.application.proposal.ProposalIntake;
import jp.cityplan.app.application.proposal.SubmissionInProgressException;
import jp.cityplan.app.application.proposal.SubmissionOutcome;
import jp.cityplan.domain.proposal.AccessSecret;
import jp.cityplan.domain.proposal.InvalidSubmissionException;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.Violation;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The proposal form (市民提案の送信) and the page that confirms a submission. Works without JavaScript: the form is
 * checked on the server, shown again with each error next to its field and a summary at the top, and what was typed
 * is kept. A sent form redirects (303) to the confirmation, which shows the secret once. Every form field is text,
 * so binding itself never fails; the domain checks the content.
 */
@Controller
@RequestMapping("/proposals")
@RequiredArgsConstructor
public class ProposalFormPageController {

    static final String FORM = "proposal";
    static final String FORM_VIEW = "proposal/new";

    private final ProposalIntake intake;
    private final ProposalWebMapper mapper;
    private final ProposalTexts texts;
    private final ProposalCategories categories;

    @InitBinder(FORM)
    void bindOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields(ProposalForm.FIELDS);
    }

    @GetMapping("/new")
    public ModelAndView form(Model model, Locale locale) {
        model.addAttribute(FORM, ProposalForm.blank());
        return formPage(model, locale);
    }

    @PostMapping("/new")
    public ModelAndView submit(@ModelAttribute(FORM) ProposalForm form, BindingResult binding, Model model,
                               HttpServletRequest request, Locale locale) {
        Optional<IdempotencyKey> key = form.idempotencyKey();
        if (key.isEmpty()) {
            // a form not issued here (or tampered with) is sent without a key; shown again, it carries a fresh one
            form.renewFormToken();
        }
        if (!form.hasKnownPublicationConsent()) {
            binding.addError(fieldError("publicationConsent", form.getPublicationConsent(),
                    texts.violation("publicationConsent", ProposalProblemAdvice.MALFORMED, 0, locale)));
            return formPage(model, locale);
        }
        SubmissionOutcome outcome;
        try {
            outcome = intake.submit(mapper.toDraft(form), key);
        } catch (InvalidSubmissionException invalid) {
            for (Violation violation : invalid.violations()) {
                // the value as typed, so that the field shows it again next to its error
                binding.addError(fieldError(violation.field(), typedValue(binding, violation.field()),
                        texts.violation(violation, locale)));
            }
            return formPage(model, locale);
        } catch (IdempotencyKeyReusedException alreadySent) {
            form.renewFormToken();
            binding.addError(new ObjectError(FORM, texts.message("proposal.form.error.alreadySent", locale)));
            return formPage(model, locale);
        } catch (SubmissionInProgressException inProgress) {
            binding.addError(new ObjectError(FORM, texts.message("proposal.form.error.inProgress", locale)));
            return formPage(model, locale);
        }
        String token = form.getFormToken();
        ReceiptSlip.keep(request.getSession(), token, new ReceiptSlip(outcome.receiptNumber().value(),
                outcome.secret().map(AccessSecret::display).orElse(null), outcome.answerDueOn(), outcome.replayed()));
        RedirectView confirmation = new RedirectView("/proposals/received?form=" + token, true);
        confirmation.setStatusCode(HttpStatus.SEE_OTHER);
        confirmation.setExposeModelAttributes(false);
        return new ModelAndView(confirmation);
    }

    /** The confirmation: receipt number, the secret (this once) and the expected answer date in the Japanese era. */
    @GetMapping("/received")
    public ModelAndView received(@RequestParam(name = "form", required = false) String token, HttpServletRequest request,
                                 HttpServletResponse response, Locale locale) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Optional<ReceiptSlip> slip = ReceiptSlip.take(request.getSession(false), token);
        if (slip.isEmpty()) {
            return new ModelAndView("proposal/received-gone");
        }
        ReceiptSlip shown = slip.get();
        return new ModelAndView("proposal/received", "receipt", new ReceiptView(shown.receiptNumber(), shown.secret(),
                texts.date(shown.answerDueOn(), locale), shown.answerDueOn().toString(), shown.replayed()));
    }

    /** What the confirmation page shows; {@code secret} null for a replay whose secret was already shown. */
    public record ReceiptView(String receiptNumber, String secret, String answerDueOn, String answerDueOnIso,
                              boolean replayed) {
    }

    private ModelAndView formPage(Model model, Locale locale) {
        model.addAttribute("categories", categories.options(locale));
        model.addAttribute("consents", Arrays.stream(PublicationConsent.values())
                .map(consent -> new Choice(consent.name(), texts.message("proposal.consent." + consent.name(), locale)))
                .toList());
        return new ModelAndView(FORM_VIEW);
    }

    /** What was typed into the field; nothing for a field the form does not have. */
    private static Object typedValue(BindingResult binding, String field) {
        try {
            return binding.getFieldValue(field);
        } catch (NotReadablePropertyException notAFormField) {
            return null;
        }
    }

    private static FieldError fieldError(String field, Object rejectedValue, String message) {
        return new FieldError(FORM, field, rejectedValue, false, null, null, message);
    }
}
