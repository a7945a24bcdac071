package jp.cityplan.workflow.publicworks;

import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.date;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.flag;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.reference;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.score;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.text;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.yen;

import java.util.EnumSet;
import java.util.Set;
import jp.cityplan.domain.publicworks.EvaluationSheet;
import jp.cityplan.domain.publicworks.FieldViolation;
import jp.cityplan.domain.publicworks.InvalidPublicWorksInputException;
import jp.cityplan.domain.publicworks.NonMonetaryEffect;
import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import jp.cityplan.domain.publicworks.SheetDraft;
import jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Checks and stores the evaluation sheet when the owning division completes {@code Task_FillInSheet} or
 * {@code Task_CorrectSheet}: the domain refuses missing or negative costs, costs of zero, scores outside 1..5 and an
 * expected completion before the adoption (the task then stays open and nothing is stored). The computed B/C and the
 * scores become the outcome table's inputs. An attached supporting document must be a PDF.
 */
@Component("recordEvaluationSheetListener")
public class RecordEvaluationSheetListener implements TaskListener {

    static final String PDF = "application/pdf";
    static final String EFFECT_PREFIX = "effect";

    private final PublicWorksEvaluationCases cases;

    public RecordEvaluationSheetListener(PublicWorksEvaluationCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        EvaluationSheet sheet = Refusals.refusingBadInput(() -> {
            checkSupportingDocument(task);
            return cases.fillInSheet(reference(task), draft(task));
        });
        task.getExecution().setVariable(Variables.BENEFIT_COST_RATIO, sheet.benefitCostRatio().doubleValue());
        task.getExecution().setVariable(Variables.NECESSITY_SCORE, sheet.necessity().score());
        task.getExecution().setVariable(Variables.EFFECTIVENESS_SCORE, sheet.effectiveness().score());
        task.getExecution().setVariable(Variables.PROGRESS_SCORE, sheet.progressAndOutlook().score());
    }

    static SheetDraft draft(DelegateTask task) {
        return new SheetDraft(text(task, "changeOfCircumstances"), score(task, Variables.NECESSITY_SCORE),
                text(task, "necessity"), score(task, Variables.EFFECTIVENESS_SCORE), text(task, "effectiveness"),
                text(task, "efficiency"), score(task, Variables.PROGRESS_SCORE), text(task, "progressAndOutlook"),
                text(task, "costReductionOrAlternatives"), effects(task), yen(task, "userBenefitsYen"),
                yen(task, "otherBenefitsYen"), yen(task, "constructionCostYen"), yen(task, "maintenanceCostYen"),
                date(task, "expectedCompletionOn"));
    }

    /** The ticked checkboxes of the checklist, e.g. {@code effectDisasterPrevention}. */
    static Set<NonMonetaryEffect> effects(DelegateTask task) {
        Set<NonMonetaryEffect> effects = EnumSet.noneOf(NonMonetaryEffect.class);
        for (NonMonetaryEffect effect : NonMonetaryEffect.values()) {
            if (flag(task, effectKey(effect))) {
                effects.add(effect);
            }
        }
        return effects;
    }

    public static String effectKey(NonMonetaryEffect effect) {
        StringBuilder key = new StringBuilder(EFFECT_PREFIX);
        for (String word : effect.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            key.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return key.toString();
    }

    private static void checkSupportingDocument(DelegateTask task) {
        TypedValue document = task.getVariableTyped(Variables.SUPPORTING_DOCUMENT);
        if (document == null || document.getValue() == null) {
            return;
        }
        if (!(document instanceof FileValue file) || !PDF.equals(file.getMimeType())) {
            throw new InvalidPublicWorksInputException(Variables.SUPPORTING_DOCUMENT, FieldViolation.Reason.MALFORMED);
        }
    }
}
