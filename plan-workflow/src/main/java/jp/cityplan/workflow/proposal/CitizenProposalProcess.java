package jp.cityplan.workflow.proposal;

/**
 * The names the process {@code citizen-proposal} (市民提案箱) shares with its delegates, tests and the app: ids of the
 * process, its messages and elements, and the names of its few variables. The variables hold the receipt number,
 * routing flags and masked texts only, never a citizen's name, address, e-mail or phone.
 */
public final class CitizenProposalProcess {

    public static final String PROCESS_ID = "citizen-proposal";
    public static final String TRIAGE_DECISION_TABLE = "proposal-triage";
    public static final String ROUTING_DECISION_TABLE = "proposal-routing";

    /** Starts the process for a proposal received from the web form; business key = receipt number. */
    public static final String MESSAGE_SUBMITTED = "ProposalSubmitted";
    /** Ends the process of a proposal the citizen withdrew; correlated by business key. */
    public static final String MESSAGE_WITHDRAWN = "ProposalWithdrawn";

    /** The prefix of every variable that carries personal data or the citizen's own unmasked words. */
    public static final String PERSONAL_VARIABLE_PREFIX = "citizen";

    private CitizenProposalProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String START_SUBMITTED = "StartEvent_ProposalSubmitted";
        public static final String START_PAPER_ENTERED = "StartEvent_PaperProposalEntered";
        public static final String REGISTER_PAPER_PROPOSAL = "Task_RegisterPaperProposal";
        public static final String PREPARE_CASE = "Task_PrepareProposalCase";
        public static final String CONFIRM_RECEIPT = "Task_ConfirmReceipt";
        public static final String RECEIPT_CONFIRMED = "EndEvent_ReceiptConfirmed";
        public static final String PROPOSE_TRIAGE = "Task_ProposeTriage";
        public static final String REVIEW_INTAKE = "Task_ReviewIntake";
        public static final String TRIAGE_DECISION = "Gateway_TriageDecision";
        public static final String REJECT_PROPOSAL = "Task_RejectProposal";
        public static final String PROPOSAL_REJECTED = "EndEvent_ProposalRejected";
        public static final String KEEP_AS_INPUT = "Task_KeepAsInput";
        public static final String KEPT_AS_INPUT = "EndEvent_KeptAsInput";
        public static final String MERGE_DUPLICATE = "Task_MergeDuplicate";
        public static final String PROPOSAL_MERGED = "EndEvent_ProposalMerged";
        public static final String DETERMINE_DIVISIONS = "Task_DetermineDivisions";
        public static final String ACCEPT_FOR_ANSWER = "Task_AcceptForAnswer";
        public static final String ANSWER_WORK = "SubProcess_AnswerWork";
        public static final String DRAFT_ANSWER = "Task_DraftAnswer";
        public static final String COMBINE_DRAFTS = "Task_CombineDrafts";
        public static final String CONSOLIDATE_ANSWER = "Task_ConsolidateAnswer";
        public static final String APPROVE_BY_DIVISION_HEAD = "Task_ApproveByDivisionHead";
        public static final String APPROVE_FINALLY = "Task_ApproveFinally";
        public static final String REVISE_ANSWER = "Task_ReviseAnswer";
        public static final String RECORD_ADOPTION = "Task_RecordAdoption";
        public static final String ANSWER_APPROVED = "EndEvent_AnswerApproved";
        public static final String ANSWER_REMINDER_DUE = "BoundaryEvent_AnswerReminderDue";
        public static final String REMIND_DIVISION = "Task_RemindDivision";
        public static final String DIVISION_REMINDED = "EndEvent_DivisionReminded";
        public static final String ANSWER_OVERDUE = "BoundaryEvent_AnswerOverdue";
        public static final String ESCALATE_OVERDUE = "Task_EscalateOverdue";
        public static final String HANDLE_OVERDUE_PROPOSAL = "Task_HandleOverdueProposal";
        public static final String OVERDUE_HANDLED = "EndEvent_OverdueHandled";
        public static final String ANSWER_DELIVERY = "Gateway_AnswerDelivery";
        public static final String SEND_ANSWER_BY_EMAIL = "Task_SendAnswerByEmail";
        public static final String PRINT_AND_POST_LETTER = "Task_PrintAndPostLetter";
        public static final String RECORD_LETTER_SENT = "Task_RecordLetterSent";
        public static final String PUBLICATION_CONSENTED = "Gateway_PublicationConsented";
        public static final String APPROVE_PUBLICATION = "Task_ApprovePublication";
        public static final String PUBLISH_ANSWER = "Task_PublishAnswer";
        public static final String PROPOSAL_ANSWERED = "EndEvent_ProposalAnswered";
        public static final String WITHDRAWAL = "SubProcess_ProposalWithdrawn";
        public static final String START_WITHDRAWN = "StartEvent_ProposalWithdrawn";
        public static final String PROPOSAL_WITHDRAWN = "EndEvent_ProposalWithdrawn";

        private Elements() {
        }
    }

    /** Variable names. None of them holds personal data. */
    public static final class Variables {
        /** 受付番号, e.g. {@code P2025-00042}; also the business key. */
        public static final String RECEIPT_NUMBER = "receiptNumber";
        public static final String CATEGORY = "category";
        /** The approach code (e.g. {@code 2-1}) of the first initiative named, or an empty string. */
        public static final String INITIATIVE_APPROACH = "initiativeApproach";
        /** {@code WEB_FORM}, {@code PROPOSAL_BOX} or {@code MAIL_IN}. */
        public static final String CHANNEL = "channel";
        public static final String WANTS_ANSWER = "wantsAnswer";
        /** An answer is wanted and possible (e-mail, or name and postal address). */
        public static final String EXPECTS_ANSWER = "expectsAnswer";
        public static final String PUBLICATION_CONSENTED = "publicationConsented";
        /** The subject with e-mail addresses, phone numbers and postal codes masked. */
        public static final String SUBJECT = "subject";
        /** The proposal text with e-mail addresses, phone numbers and postal codes masked. */
        public static final String MASKED_TEXT = "maskedText";
        /** java.util.Date: 17:00 (Asia/Tokyo) of the answer's due day. */
        public static final String ANSWER_DUE_DATE = "answerDueDate";
        /** java.util.Date: 09:00 (Asia/Tokyo) of the day the lead division is reminded. */
        public static final String REMINDER_DATE = "reminderDate";
        public static final String FINAL_APPROVER_GROUP = "finalApproverGroup";
        /** {@code EMAIL} or {@code LETTER}. */
        public static final String ANSWER_DELIVERY = "answerDelivery";
        /** What the triage table proposes: {@code ANSWER}, {@code INPUT_ONLY} or {@code REJECT}. */
        public static final String PROPOSED_TRIAGE = "proposedTriage";
        /** What intake decided: a {@link TriageDecision} name. */
        public static final String TRIAGE_DECISION = "triageDecision";
        public static final String REJECTION_REASON = "rejectionReason";
        public static final String INPUT_ONLY_REASON = "inputOnlyReason";
        /** The receipt number of the proposal a duplicate is merged into. */
        public static final String DUPLICATE_OF = "duplicateOf";
        /** Camunda group ids of the answering divisions, comma-separated, the lead first. */
        public static final String DIVISIONS = "divisions";
        public static final String LEAD_DIVISION = "leadDivision";
        public static final String MULTIPLE_DIVISIONS = "multipleDivisions";
        /** The multi-instance element variable of {@code Task_DraftAnswer}: one division's group id. */
        public static final String DIVISION = "division";
        /** A division's draft, local to its drafting task. */
        public static final String DRAFT_TEXT = "draftText";
        /** Prefix of the collected drafts: {@code draft_<division>}. */
        public static final String DRAFT_PREFIX = "draft_";
        /** All drafts, headed by their division, for the consolidation. */
        public static final String DRAFTS = "drafts";
        public static final String ANSWER_TEXT = "answerText";
        public static final String APPROVED = "approved";
        public static final String REVIEW_COMMENT = "reviewComment";
        public static final String ADOPTED = "adopted";
        /** Initiative codes, comma-separated, e.g. {@code 3-1.2, 3-2.1}. */
        public static final String ADOPTED_INITIATIVES = "adoptedInitiatives";
        public static final String ADOPTION_COST_YEN = "adoptionCostYen";
        public static final String ADOPTION_FROM_YEAR = "adoptionFromYear";
        public static final String ADOPTION_TO_YEAR = "adoptionToYear";
        public static final String PUBLICATION_APPROVED = "publicationApproved";

        private Variables() {
        }
    }

    /** The fields of the paper entry start form ({@code proposal-paper-entry}); removed once registered. */
    public static final class PaperEntry {
        public static final String CHANNEL = "channel";
        public static final String INTAKE_OFFICE = "intakeOffice";
        public static final String CATEGORY = "category";
        public static final String INITIATIVES = "initiatives";
        public static final String WANTS_ANSWER = "wantsAnswer";
        public static final String PUBLICATION_CONSENT = "publicationConsent";
        public static final String SUBJECT = "citizenSubject";
        public static final String TEXT = "citizenText";
        public static final String FAMILY_NAME = "citizenFamilyName";
        public static final String GIVEN_NAME = "citizenGivenName";
        public static final String AREA = "citizenArea";
        public static final String POSTAL_ADDRESS = "citizenPostalAddress";
        public static final String EMAIL = "citizenEmail";
        public static final String PHONE = "citizenPhone";

        /** The form's fields that are not personal data (the personal ones all start with {@code citizen}). */
        public static final java.util.List<String> NON_PERSONAL_FIELDS = java.util.List.of(
                CHANNEL, INTAKE_OFFICE, CATEGORY, INITIATIVES, WANTS_ANSWER, PUBLICATION_CONSENT);

        private PaperEntry() {
        }
    }
}
