package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalVariables.flag;
import static jp.cityplan.workflow.proposal.CitizenProposalVariables.items;
import static jp.cityplan.workflow.proposal.CitizenProposalVariables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.InvalidSubmissionException;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.ProposalSubmission;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.Violation;
import jp.cityplan.workflow.proposal.CitizenProposalProcess.PaperEntry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 紙の提案を登録する: turns the paper entry form (typed by staff from a proposal box or まちづくりメール便 form) into
 * a submission, registers it, makes its receipt number the business key, and removes every form field from the
 * process: the case keeps the citizen's data, the process never does. A refused entry fails the form submission with
 * the reasons in Japanese, so nothing is started.
 */
@Component("registerPaperProposalDelegate")
public class RegisterPaperProposalDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterPaperProposalDelegate.class);

    /** Labels of the paper entry form by the domain's field names. */
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("channel", "受付経路"),
            Map.entry("intakeOffice", "受付場所"),
            Map.entry("subject", "件名"),
            Map.entry("text", "提案内容"),
            Map.entry("category", "分類"),
            Map.entry("initiatives", "関連する取組"),
            Map.entry("familyName", "姓"),
            Map.entry("givenName", "名"),
            Map.entry("area", "地区"),
            Map.entry("postalAddress", "住所"),
            Map.entry("email", "メールアドレス"),
            Map.entry("phone", "電話番号"));

    private final ProposalSubmission submission;

    public RegisterPaperProposalDelegate(ProposalSubmission submission) {
        this.submission = submission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProposalDraft draft = draftFrom(execution);
        ReceiptNumber receiptNumber;
        try {
            receiptNumber = submission.submit(draft).receipt().receiptNumber();
        } catch (InvalidSubmissionException e) {
            throw new ProposalInputException(describe(e.violations()), e);
        }
        removeEntryFields(execution);
        CitizenProposalVariables.setReceiptNumber(execution, receiptNumber);
        execution.setProcessBusinessKey(receiptNumber.value());
        LOG.info("paper proposal {} registered ({})", receiptNumber, draft.channel());
    }

    static ProposalDraft draftFrom(DelegateExecution execution) {
        return new ProposalDraft(
                paperChannel(text(execution, PaperEntry.CHANNEL)),
                text(execution, PaperEntry.INTAKE_OFFICE),
                text(execution, PaperEntry.SUBJECT),
                text(execution, PaperEntry.TEXT),
                text(execution, PaperEntry.CATEGORY),
                items(text(execution, PaperEntry.INITIATIVES)),
                text(execution, PaperEntry.FAMILY_NAME),
                text(execution, PaperEntry.GIVEN_NAME),
                text(execution, PaperEntry.AREA),
                text(execution, PaperEntry.POSTAL_ADDRESS),
                text(execution, PaperEntry.EMAIL),
                text(execution, PaperEntry.PHONE),
                flag(execution, PaperEntry.WANTS_ANSWER),
                consent(text(execution, PaperEntry.PUBLICATION_CONSENT)));
    }

    private static Channel paperChannel(String value) {
        if (value != null) {
            String name = value.toUpperCase(Locale.ROOT);
            if (name.equals(Channel.PROPOSAL_BOX.name()) || name.equals(Channel.MAIL_IN.name())) {
                return Channel.valueOf(name);
            }
        }
        throw new ProposalInputException("受付経路を「市民提案箱（用紙）」か「まちづくりメール便」から選んでください。");
    }

    private static PublicationConsent consent(String value) {
        if (value == null) {
            return PublicationConsent.NONE;
        }
        try {
            return PublicationConsent.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProposalInputException("公表への同意を選択肢から選んでください。", e);
        }
    }

    /** Removes every field of the entry form: the personal ones (prefix {@code citizen}) and the others. */
    private static void removeEntryFields(DelegateExecution execution) {
        List<String> names = new ArrayList<>(execution.getVariableNames());
        for (String name : names) {
            if (name.startsWith(CitizenProposalProcess.PERSONAL_VARIABLE_PREFIX)
                    || PaperEntry.NON_PERSONAL_FIELDS.contains(name)) {
                execution.removeVariable(name);
            }
        }
    }

    static String describe(List<Violation> violations) {
        return "入力内容を確認してください: " + violations.stream()
                .map(v -> FIELD_LABELS.getOrDefault(v.field(), v.field()) + "は" + reason(v))
                .collect(Collectors.joining("。")) + "。";
    }

    private static String reason(Violation violation) {
        return switch (violation.reason()) {
            case REQUIRED -> "必須です";
            case TOO_LONG -> violation.limit() + "文字以内で入力してください";
            case MALFORMED -> "形式が正しくありません";
            case CONTROL_CHARACTERS -> "使えない文字を含んでいます";
            case UNKNOWN -> "登録されていない値です";
            case TOO_MANY -> violation.limit() + "件までです";
        };
    }
}
