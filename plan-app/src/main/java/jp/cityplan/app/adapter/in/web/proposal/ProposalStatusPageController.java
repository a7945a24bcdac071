package jp.cityplan.app.adapter.in.web.proposal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import jp.cityplan.app.application.proposal.ProposalInquiry;
import jp.cityplan.app.application.proposal.ProposalIntake;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.ProposalConflictException;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.ProposalStateException;
import jp.cityplan.domain.proposal.UnknownProposalException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The citizen's own proposal: the inquiry form (receipt number and secret, sent by POST, never in a URL), the status
 * page with the answer once sent, and the withdrawal while it is still possible. An unknown number and a wrong
 * secret get the same "not found" message.
 */
@Controller
@RequestMapping("/proposals")
@RequiredArgsConstructor
public class ProposalStatusPageController {

    static final String FORM = "inquiry";
    static final String FORM_VIEW = "proposal/status-form";
    static final String STATUS_VIEW = "proposal/status";
    private static final int MAX_TYPED_RECEIPT_NUMBER = 20;

    private final ProposalInquiry inquiry;
    private final ProposalIntake intake;
    private final ProposalTexts texts;

    @InitBinder(FORM)
    void bindOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields(StatusForm.FIELDS);
    }

    /**
     * The inquiry form; e-mails to the citizen link here with {@code ?receiptNumber=…} filled in (the number is not
     * a secret; the secret is never taken from a URL).
     */
    @GetMapping("/status")
    public ModelAndView inquiryForm(@RequestParam(required = false) String receiptNumber, Model model) {
        StatusForm form = new StatusForm();
        if (receiptNumber != null && receiptNumber.length() <= MAX_TYPED_RECEIPT_NUMBER) {
            form.setReceiptNumber(receiptNumber);
        }
        model.addAttribute(FORM, form);
        return new ModelAndView(FORM_VIEW);
    }

    @PostMapping("/status")
    public ModelAndView status(@ModelAttribute(FORM) StatusForm form, BindingResult binding, HttpServletResponse response,
                               Locale locale) {
        noStore(response);
        if (requireBoth(form, binding, locale)) {
            return inquiryFormAgain(form);
        }
        Optional<CitizenProposal> proposal = inquiry.find(form.getReceiptNumber(), form.getSecret());
        if (proposal.isEmpty()) {
            return notFound(form);
        }
        return statusPage(proposal.get(), form, locale);
    }

    @PostMapping("/withdrawal")
    public ModelAndView withdraw(@ModelAttribute(FORM) StatusForm form, BindingResult binding, HttpServletResponse response,
                                 Locale locale) {
        noStore(response);
        if (requireBoth(form, binding, locale)) {
            return inquiryFormAgain(form);
        }
        if (!form.isWithdrawalConfirmed()) {
            Optional<CitizenProposal> proposal = inquiry.find(form.getReceiptNumber(), form.getSecret());
            if (proposal.isEmpty()) {
                return notFound(form);
            }
            binding.addError(new FieldError(FORM, "confirmed", form.getConfirmed(), false, null, null,
                    texts.message("proposal.status.withdraw.confirm.required", locale)));
            return statusPage(proposal.get(), form, locale);
        }
        try {
            CitizenProposal withdrawn = intake.withdraw(form.getReceiptNumber(), form.getSecret());
            ModelAndView page = statusPage(withdrawn, form, locale);
            page.addObject("notice", texts.message("proposal.status.withdrawn.notice", locale));
            return page;
        } catch (UnknownProposalException unknown) {
            return notFound(form);
        } catch (ProposalStateException | ProposalConflictException refused) {
            Optional<CitizenProposal> proposal = inquiry.find(form.getReceiptNumber(), form.getSecret());
            if (proposal.isEmpty()) {
                return notFound(form);
            }
            ModelAndView page = statusPage(proposal.get(), form, locale);
            page.addObject("problem", whyNotWithdrawn(refused, locale));
            return page;
        }
    }

    private String whyNotWithdrawn(RuntimeException refused, Locale locale) {
        if (refused instanceof ProposalStateException notAllowed) {
            if (notAllowed.state() == ProposalState.ANSWERED) {
                return texts.message("proposal.problem.already-answered.detail", locale);
            }
            return texts.message("proposal.problem.not-withdrawable.detail", locale,
                    texts.stateLabel(notAllowed.state(), locale));
        }
        return texts.message("proposal.problem.changed-meanwhile.detail", locale);
    }

    private boolean requireBoth(StatusForm form, BindingResult binding, Locale locale) {
        if (form.getReceiptNumber() == null || form.getReceiptNumber().isBlank()) {
            binding.addError(new FieldError(FORM, "receiptNumber", form.getReceiptNumber(), false, null, null,
                    texts.violation("receiptNumber", "REQUIRED", 0, locale)));
        }
        if (form.getSecret() == null || form.getSecret().isBlank()) {
            binding.addError(new FieldError(FORM, "secret", "", false, null, null,
                    texts.violation("secret", "REQUIRED", 0, locale)));
        }
        return binding.hasErrors();
    }

    /** The inquiry form again with what was typed, except the secret. */
    private static ModelAndView inquiryFormAgain(StatusForm form) {
        form.setSecret(null);
        return new ModelAndView(FORM_VIEW);
    }

    private static ModelAndView notFound(StatusForm form) {
        ModelAndView page = inquiryFormAgain(form);
        page.addObject("notFound", true);
        return page;
    }

    private ModelAndView statusPage(CitizenProposal proposal, StatusForm form, Locale locale) {
        ProposalState state = proposal.state();
        StatusView view = new StatusView(proposal.receiptNumber().value(), state.name(), texts.stateLabel(state, locale),
                texts.message("proposal.state." + state.name() + ".description", locale),
                texts.date(proposal.receivedOn(), locale), texts.date(proposal.answerDueOn(), locale),
                proposal.snapshot().subject(), proposal.answer().map(a -> a.text()).orElse(null),
                proposal.answer().map(a -> texts.date(a.sentAt(), locale)).orElse(null), !state.isFinal());
        ModelAndView page = new ModelAndView(STATUS_VIEW);
        page.addObject("status", view);
        // the withdrawal form sends the number and the secret again; this response is not stored anywhere
        form.setReceiptNumber(view.receiptNumber());
        return page;
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
