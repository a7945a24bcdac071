package jp.cityplan.workflow.publicworks;

/**
 * The names the processes of 公共事業評価 share with their delegates, tests and the app: {@code public-works-evaluation}
 * (one evaluation, business key = evaluation reference), the called {@code evaluation-committee-review} (the
 * committee's opinion) and {@code public-works-scan} (the yearly scan of the register). Variables hold references,
 * group and user ids, routing flags and the sheet's figures; never personal data.
 */
public final class PublicWorksEvaluationProcess {

    public static final String PROCESS_ID = "public-works-evaluation";
    public static final String COMMITTEE_PROCESS_ID = "evaluation-committee-review";
    public static final String SCAN_PROCESS_ID = "public-works-scan";
    public static final String OUTCOME_DECISION = "public-works-outcome";

    private PublicWorksEvaluationProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String EVALUATION_OPENED = "StartEvent_EvaluationOpened";
        public static final String FILL_IN_SHEET = "Task_FillInSheet";
        public static final String SHEET_READY = "Gateway_SheetReady";
        public static final String PROPOSE_OUTCOME = "Task_ProposeOutcome";
        public static final String DRAFT_POLICY = "Task_DraftPolicy";
        public static final String SHEET_RETURNED = "Gateway_SheetReturned";
        public static final String CORRECT_SHEET = "Task_CorrectSheet";
        public static final String REVIEW_BY_COMMITTEE = "CallActivity_ReviewByCommittee";
        public static final String COMMITTEE_MEETING_SOON = "BoundaryEvent_CommitteeMeetingSoon";
        public static final String REMIND_COMMITTEE = "Task_RemindCommittee";
        public static final String COMMITTEE_REMINDED = "EndEvent_CommitteeReminded";
        public static final String DECIDE = "Task_DecideOutcome";
        public static final String PUBLISH_RESULT = "Task_PublishResult";
        public static final String RESULT_PUBLISHED = "EndEvent_ResultPublished";

        public static final String REVIEW_REQUESTED = "StartEvent_ReviewRequested";
        public static final String DETERMINE_MEMBERS = "Task_DetermineCommitteeMembers";
        public static final String GIVE_OPINION = "Task_GiveOpinion";
        public static final String COMBINE_OPINIONS = "Task_CombineOpinions";
        public static final String SITE_VISIT_WANTED = "Gateway_SiteVisitWanted";
        public static final String VISIT_SITE = "Task_VisitSite";
        public static final String SITE_VISIT_DONE = "Gateway_SiteVisitDone";
        public static final String CONSOLIDATE_OPINION = "Task_ConsolidateOpinion";
        public static final String OPINION_GIVEN = "EndEvent_OpinionGiven";

        public static final String SCAN_DUE = "StartEvent_YearlyScanDue";
        public static final String SCAN_REGISTER = "Task_ScanRegister";
        public static final String REGISTER_SCANNED = "EndEvent_RegisterScanned";

        private Elements() {
        }
    }

    /** Variable names. */
    public static final class Variables {
        /** e.g. {@code PW-0001-RE-2025}; also the business key. */
        public static final String EVALUATION_REFERENCE = "evaluationReference";
        public static final String PROJECT_ID = "projectId";
        public static final String PROJECT_NAME = "projectName";
        /** {@code EX_ANTE}, {@code RE_EVALUATION} or {@code EX_POST}. */
        public static final String STAGE = "stage";
        /** Why it is due, from the trigger table (e.g. {@code UNSTARTED}). */
        public static final String TRIGGER = "trigger";
        /** Camunda group ids of who works on it. */
        public static final String OWNING_DIVISION = "owningDivision";
        public static final String PLANNING_GROUP = "planningGroup";
        public static final String DECISION_GROUP = "decisionGroup";
        public static final String COMMITTEE_GROUP = "committeeGroup";
        /** ISO-8601 periods the task due dates are set from (e.g. {@code P30D}). */
        public static final String SHEET_PERIOD = "sheetPeriod";
        public static final String POLICY_PERIOD = "policyPeriod";
        public static final String OPINION_PERIOD = "opinionPeriod";
        public static final String DECISION_PERIOD = "decisionPeriod";
        /** The B/C threshold the outcome table compares with (Double). */
        public static final String BENEFIT_COST_THRESHOLD = "benefitCostThreshold";
        public static final String REMINDER_DAYS_BEFORE_MEETING = "reminderDaysBeforeMeeting";

        /** The sheet's B/C as computed by the domain (Double) and its scores (Integer 1..5). */
        public static final String BENEFIT_COST_RATIO = "benefitCostRatio";
        public static final String NECESSITY_SCORE = "necessityScore";
        public static final String EFFECTIVENESS_SCORE = "effectivenessScore";
        public static final String PROGRESS_SCORE = "progressScore";
        /** An optional file variable: the supporting document of the sheet (PDF). */
        public static final String SUPPORTING_DOCUMENT = "supportingDocument";

        public static final String PROPOSED_DECISION = "proposedDecision";
        public static final String SHEET_RETURNED = "sheetReturned";
        public static final String RETURN_REASON = "returnReason";
        public static final String POLICY_DECISION = "policyDecision";
        public static final String POLICY_REASONS = "policyReasons";
        /** java.util.Date: the committee meeting (10:00 Asia/Tokyo of the day typed in). */
        public static final String COMMITTEE_MEETING_DATE = "committeeMeetingDate";
        /** java.util.Date: when the committee is reminded of the meeting. */
        public static final String COMMITTEE_REMINDER_DATE = "committeeReminderDate";

        /** Committee members (user ids, comma-separated) and the chair's user id. */
        public static final String COMMITTEE_MEMBERS = "committeeMembers";
        public static final String COMMITTEE_CHAIR = "committeeChair";
        /** The multi-instance element variable: one member's user id. */
        public static final String MEMBER = "member";
        public static final String MEMBER_DECISION = "memberDecision";
        public static final String MEMBER_OPINION = "memberOpinion";
        public static final String SITE_VISIT_REQUESTED = "siteVisitRequested";
        /** Prefix of the collected opinions: {@code opinion_<member>}. */
        public static final String OPINION_PREFIX = "opinion_";
        public static final String MEMBER_OPINIONS = "memberOpinions";
        public static final String SITE_VISIT_WANTED = "siteVisitWanted";
        public static final String SITE_VISIT_NOTES = "siteVisitNotes";
        public static final String OPINION_DECISION = "opinionDecision";
        public static final String OPINION_TEXT = "opinionText";

        public static final String DECISION = "decision";
        public static final String DEVIATION_REASON = "deviationReason";

        private Variables() {
        }
    }
}
