package jp.cityplan.workflow.committee;

/**
 * The names the process {@code committee-recruitment} (委員の公募) shares with its delegates, tests and the app: ids of
 * the process, its messages, decisions and elements, and its variables. The variables hold the recruitment id,
 * application numbers and routing flags, never an applicant's name, address, e-mail or birth date.
 */
public final class CommitteeRecruitmentProcess {

    public static final String PROCESS_ID = "committee-recruitment";
    public static final String ELIGIBILITY_DECISION_TABLE = "committee-eligibility";
    public static final String COMPOSITION_DECISION_TABLE = "committee-composition";

    /** An application was stored: checked by the event subprocess; correlated by business key (recruitment id). */
    public static final String MESSAGE_APPLICATION_RECEIVED = "ApplicationReceived";
    /** A term ends soon: starts a new recruitment for the committee, prepared by the division. */
    public static final String MESSAGE_NEXT_RECRUITMENT_DUE = "NextRecruitmentDue";

    private CommitteeRecruitmentProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String START_REQUESTED = "StartEvent_RecruitmentRequested";
        public static final String START_NEXT_RECRUITMENT_DUE = "StartEvent_NextRecruitmentDue";
        public static final String PREPARE_RECRUITMENT = "Task_PrepareRecruitment";
        public static final String TERMS_READY = "Gateway_RecruitmentTermsReady";
        public static final String OPEN_RECRUITMENT = "Task_OpenRecruitment";
        public static final String CLOSING_TIME_REACHED = "Event_ClosingTimeReached";
        public static final String CLOSE_RECRUITMENT = "Task_CloseRecruitment";
        public static final String ANY_ELIGIBLE = "Gateway_AnyEligible";
        public static final String SCORES_NEEDED = "Gateway_ScoresNeeded";
        public static final String SCORE_APPLICATION = "Task_ScoreApplication";
        public static final String LOTTERY_AFTER_SCORES = "Gateway_LotteryAfterScores";
        public static final String SELECT_BY_SCORE = "Task_SelectByScore";
        public static final String LOTTERY_JOIN = "Gateway_LotteryJoin";
        public static final String HOLD_LOTTERY = "Task_HoldLottery";
        public static final String DRAW_LOTTERY = "Task_DrawLottery";
        public static final String SELECTION_MADE = "Gateway_SelectionMade";
        public static final String CHECK_COMPOSITION = "Task_CheckComposition";
        public static final String APPROVE_SELECTION = "Task_ApproveSelection";
        public static final String SELECTION_APPROVED = "Gateway_SelectionApproved";
        public static final String APPOINT_MEMBERS = "Task_AppointMembers";
        public static final String DIRECT_APPOINTMENT_NEEDED = "Gateway_DirectAppointmentNeeded";
        public static final String HAND_TO_DIRECT_APPOINTMENT = "Task_HandToDirectAppointment";
        public static final String APPOINT_DIRECTLY = "Task_AppointDirectly";
        public static final String APPOINTMENT_DONE = "Gateway_AppointmentDone";
        public static final String NOTIFY_APPLICANTS = "Task_NotifyApplicants";
        public static final String NEXT_RECRUITMENT_DUE = "Event_NextRecruitmentDue";
        public static final String START_NEXT_RECRUITMENT = "Task_StartNextRecruitment";
        public static final String NEXT_RECRUITMENT_STARTED = "EndEvent_NextRecruitmentStarted";
        public static final String APPLICATION_CHECK = "SubProcess_ApplicationReceived";
        public static final String START_APPLICATION_RECEIVED = "StartEvent_ApplicationReceived";
        public static final String CHECK_ELIGIBILITY = "Task_CheckEligibility";
        public static final String APPLICATION_ELIGIBLE = "Gateway_ApplicationEligible";
        public static final String ELIGIBLE_RECORDED = "EndEvent_ApplicationEligible";
        public static final String TELL_INELIGIBLE = "Task_TellIneligible";
        public static final String INELIGIBLE_TOLD = "EndEvent_ApplicantToldIneligible";

        private Elements() {
        }
    }

    /** Variable names. None of them holds personal data. */
    public static final class Variables {
        /** 募集番号, e.g. {@code R2026-001}; also the business key. */
        public static final String RECRUITMENT_ID = "recruitmentId";
        public static final String COMMITTEE_ID = "committeeId";
        /** Camunda group id of the division that runs the committee. */
        public static final String RESPONSIBLE_DIVISION = "responsibleDivision";
        public static final String FINAL_APPROVER_GROUP = "finalApproverGroup";
        /** Camunda group id of the selection panel. */
        public static final String PANEL_GROUP = "panelGroup";
        /** {@code SCORE}, {@code LOTTERY} or {@code SCORE_THEN_LOTTERY}. */
        public static final String SELECTION_METHOD = "selectionMethod";
        /** java.util.Date: the closing time; the timer fires then. */
        public static final String CLOSES_AT = "closesAt";
        /** java.util.Date: the selection is due (17:00 of the day the result is expected). */
        public static final String SELECTION_DUE_DATE = "selectionDueDate";
        /** java.util.Date: the lead time before the term ends, when the next recruitment is started. */
        public static final String NEXT_RECRUITMENT_AT = "nextRecruitmentAt";
        public static final String ELIGIBLE_COUNT = "eligibleCount";
        public static final String ANY_ELIGIBLE = "anyEligible";
        /** The application an event subprocess checks; local to the subprocess. */
        public static final String APPLICATION_NUMBER = "applicationNumber";
        /** Local to the check: the eligibility table found no reason against it. */
        public static final String ELIGIBLE = "eligible";
        /** The multi-instance element of Task_ScoreApplication: {@code <panel member>|<application number>}. */
        public static final String SCORING_ASSIGNMENT = "scoringAssignment";
        /** Local to a scoring task: the score typed, 0-100. */
        public static final String SCORE = "score";
        public static final String LOTTERY_SEED = "lotterySeed";
        public static final String LOTTERY_WITNESSES = "lotteryWitnesses";
        /** The published lottery list, comma-separated application numbers in their order. */
        public static final String LOTTERY_LIST = "lotteryList";
        /** The chosen application numbers, comma-separated. */
        public static final String SELECTED_APPLICATIONS = "selectedApplications";
        /** The composition table's flags, comma-separated codes; empty when nothing falls short. */
        public static final String COMPOSITION_FLAGS = "compositionFlags";
        /** The flags' Japanese explanations, one a line, for the approval form. */
        public static final String COMPOSITION_NOTES = "compositionNotes";
        public static final String APPROVED = "approved";
        public static final String APPROVAL_COMMENT = "approvalComment";
        public static final String DIRECT_APPOINTMENT_NOTE = "directAppointmentNote";

        private Variables() {
        }
    }

    /** The fields of the start form {@code committee-recruitment-open} and of Task_PrepareRecruitment. */
    public static final class OpeningForm {
        public static final String COMMITTEE_ID = "committeeId";
        public static final String SEATS = "seats";
        /** ISO date; the recruitment closes at the settings' closing time of that day. */
        public static final String CLOSES_ON = "closesOn";
        public static final String ESSAY_THEME = "essayTheme";
        public static final String ESSAY_LIMIT = "essayLimit";
        public static final String SELECTION_METHOD = "selectionMethod";
        public static final String PASS_MARK = "passMark";
        public static final String TERM_STARTS_ON = "termStartsOn";
        public static final String RESULT_EXPECTED_ON = "resultExpectedOn";

        private OpeningForm() {
        }
    }
}
