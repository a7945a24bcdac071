package jp.cityplan.workflow.evaluation;

/**
 * The names the process {@code administrative-evaluation} (行政評価) shares with its delegates, tests and the app.
 * Variables hold the evaluation id, the groups that work on it, routing flags and the sheet's own fields (the sheet
 * is about an initiative, never about a person).
 */
public final class AdministrativeEvaluationProcess {

    public static final String PROCESS_ID = "administrative-evaluation";

    private AdministrativeEvaluationProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String START = "StartEvent_EvaluationOpened";
        public static final String FILL_IN_SHEET = "Task_FillInEvaluationSheet";
        public static final String RECORD_SHEET = "Task_RecordEvaluationSheet";
        public static final String REVIEW_SHEET = "Task_ReviewEvaluationSheet";
        public static final String SHEET_APPROVED = "Gateway_SheetApproved";
        public static final String RETURN_SHEET = "Task_ReturnEvaluationSheet";
        public static final String APPROVE_SHEET = "Task_ApproveEvaluationSheet";
        public static final String CONFIRM_EVALUATION = "Task_ConfirmEvaluation";
        public static final String RECORD_CONFIRMATION = "Task_RecordConfirmation";
        public static final String EVALUATION_CONFIRMED = "EndEvent_EvaluationConfirmed";

        private Elements() {
        }
    }

    /** Variable names (besides the sheet's fields, named in {@code EvaluationSheetFields}). */
    public static final class Variables {
        /** e.g. {@code E2025-1-1.2}; also the business key. */
        public static final String EVALUATION_ID = "evaluationId";
        public static final String INITIATIVE_CODE = "initiativeCode";
        public static final String INITIATIVE_NAME = "initiativeName";
        public static final String FISCAL_YEAR_NAME = "fiscalYearName";
        /** The owning division's Camunda group, e.g. {@code div-policy-promotion}. */
        public static final String OWNER_DIVISION = "ownerDivision";
        /** Its heads' group, e.g. {@code div-policy-promotion-heads}. */
        public static final String HEAD_GROUP = "headGroup";
        /** The planning division's group, which confirms. */
        public static final String PLANNING_GROUP = "planningGroup";
        /** ISO 8601 durations of the three tasks, from the settings, e.g. {@code P30D}. */
        public static final String FILL_IN_PERIOD = "fillInPeriod";
        public static final String REVIEW_PERIOD = "reviewPeriod";
        public static final String CONFIRMATION_PERIOD = "confirmationPeriod";
        public static final String APPROVED = "approved";
        public static final String REVIEW_COMMENT = "reviewComment";
        /** The reason of the last return, shown on the sheet form; empty when none. */
        public static final String RETURN_REASON = "returnReason";
        public static final String CONFIRMATION_NOTE = "confirmationNote";

        private Variables() {
        }
    }
}
