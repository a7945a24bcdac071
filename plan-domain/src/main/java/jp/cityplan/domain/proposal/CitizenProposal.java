package jp.cityplan.domain.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.shared.Require;

/**
 * A citizen's opinion or proposal to the city (市民提案箱) and what the city did with it: intake, the divisions'
 * answer, its sending and publication. The methods say what happens; each refuses what the case's state does not
 * allow with a {@link ProposalStateException}.
 */
public final class CitizenProposal {

    /** The city's time zone: dates people see (received on, due on) are dates in Japan. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Tokyo");

    private ProposalSnapshot s;

    private CitizenProposal(ProposalSnapshot snapshot) {
        this.s = snapshot;
    }

    static CitizenProposal receive(ReceiptNumber receiptNumber, AccessSecretHash secretHash, CheckedSubmission submission,
                                   Instant receivedAt, LocalDate answerDueOn) {
        return new CitizenProposal(new ProposalSnapshot(
                Require.present(receiptNumber, "receipt number"), Require.present(secretHash, "secret hash"),
                submission.channel(), submission.intakeOffice(), submission.subject(), submission.text(),
                submission.category(), submission.initiatives(), submission.contact(), submission.wantsAnswer(),
                submission.publicationConsent(), Require.present(receivedAt, "received at"),
                Require.present(answerDueOn, "answer due on"), ProposalState.RECEIVED,
                null, null, List.of(), null, null, null, null, 0L));
    }

    public static CitizenProposal restore(ProposalSnapshot snapshot) {
        return new CitizenProposal(Require.present(snapshot, "proposal snapshot"));
    }

    public ProposalSnapshot snapshot() {
        return s;
    }

    public ReceiptNumber receiptNumber() {
        return s.receiptNumber();
    }

    public ProposalState state() {
        return s.state();
    }

    public Contact contact() {
        return s.contact();
    }

    public String category() {
        return s.category();
    }

    public List<InitiativeCode> initiatives() {
        return s.initiatives();
    }

    public List<String> divisions() {
        return s.divisions();
    }

    public LocalDate answerDueOn() {
        return s.answerDueOn();
    }

    public LocalDate receivedOn() {
        return s.receivedAt().atZone(CITY_ZONE).toLocalDate();
    }

    public Optional<Answer> answer() {
        return Optional.ofNullable(s.answer());
    }

    public boolean isPublished() {
        return s.publishedAt() != null;
    }

    /** True when the citizen may see the case: the secret they typed is the one issued. */
    public boolean isAccessibleWith(AccessSecret secret) {
        return s.secretHash().matches(secret);
    }

    /** An individual answer is wanted and possible (e-mail, or name and postal address). */
    public boolean expectsAnswer() {
        return s.wantsAnswer() && s.contact().isReachable();
    }

    public AnswerDelivery deliveryChannel() {
        return s.contact().emailAddress().isPresent() ? AnswerDelivery.EMAIL : AnswerDelivery.LETTER;
    }

    /** Intake accepts the proposal for an answer by the given divisions (the first one leads). */
    public void acceptForAnswer(List<String> divisions) {
        requireState(ProposalState.RECEIVED, "accepted for an answer");
        List<String> responsible = Require.list(divisions, "divisions");
        if (responsible.isEmpty()) {
            throw new IllegalArgumentException("at least one division must answer proposal " + s.receiptNumber());
        }
        s = with(ProposalState.IN_PROGRESS, null, null, responsible, s.answer(), s.withdrawnAt());
    }

    /** Intake keeps the proposal as input only (参考意見): no individual answer. */
    public void keepAsInput(String reason) {
        requireState(ProposalState.RECEIVED, "kept as input");
        s = with(ProposalState.INPUT_ONLY, Require.optionalText(reason, "reason"), null, s.divisions(), null, null);
    }

    /** Intake rejects the proposal; a rejection always has a reason. */
    public void reject(String reason) {
        requireState(ProposalState.RECEIVED, "rejected");
        s = with(ProposalState.REJECTED, Require.text(reason, "rejection reason"), null, s.divisions(), null, null);
    }

    /** Intake merges the proposal into an earlier one that says the same. */
    public void mergeInto(ReceiptNumber original) {
        requireState(ProposalState.RECEIVED, "merged");
        Require.present(original, "original proposal");
        if (original.equals(s.receiptNumber())) {
            throw new IllegalArgumentException("proposal " + original + " cannot be merged into itself");
        }
        s = with(ProposalState.MERGED, null, original, s.divisions(), null, null);
    }

    /** The citizen withdraws the proposal; possible until the answer is sent. */
    public void withdraw(Instant at) {
        if (s.state().isFinal()) {
            throw new ProposalStateException(s.receiptNumber(), s.state(), "withdrawn");
        }
        s = with(ProposalState.WITHDRAWN, s.decisionReason(), null, s.divisions(), null, Require.present(at, "withdrawn at"));
    }

    /** The approved answer was sent. */
    public void recordAnswer(Answer answer) {
        requireState(ProposalState.IN_PROGRESS, "answered");
        s = with(ProposalState.ANSWERED, null, null, s.divisions(), Require.present(answer, "answer"), null);
    }

    /** The answered proposal is published; only with the citizen's consent. */
    public void publish(Instant at) {
        requireState(ProposalState.ANSWERED, "published");
        if (s.publicationConsent() == PublicationConsent.NONE) {
            throw new ProposalStateException(s.receiptNumber(), s.state(), "published without the citizen's consent");
        }
        if (isPublished()) {
            throw new ProposalStateException(s.receiptNumber(), s.state(), "published twice");
        }
        s = copy(s.answer(), Require.present(at, "published at"), s.adoption());
    }

    /** The city adopts the proposal (採用) for the initiatives it feeds. */
    public void adopt(Adoption adoption) {
        if (s.state() != ProposalState.IN_PROGRESS && s.state() != ProposalState.ANSWERED) {
            throw new ProposalStateException(s.receiptNumber(), s.state(), "adopted");
        }
        s = copy(s.answer(), s.publishedAt(), Require.present(adoption, "adoption"));
    }

    public Optional<Adoption> adoption() {
        return Optional.ofNullable(s.adoption());
    }

    /** The copy the divisions work on. */
    public MaskedProposal masked() {
        return new MaskedProposal(s.receiptNumber(), s.channel(), PersonalDataMask.mask(s.subject()), PersonalDataMask.mask(s.text()),
                s.category(), s.initiatives(), s.contact().area(), receivedOn(), s.answerDueOn(), s.state());
    }

    /** The published form, once published. */
    public Optional<PublishedAnswer> publishedAnswer() {
        if (!isPublished()) {
            return Optional.empty();
        }
        String name = s.publicationConsent() == PublicationConsent.WITH_SURNAME && s.contact().familyName() != null
                ? s.contact().familyName() : PublishedAnswer.ANONYMOUS_NAME;
        return Optional.of(new PublishedAnswer(s.receiptNumber(), PersonalDataMask.mask(s.subject()),
                PersonalDataMask.mask(s.text()), s.category(), s.contact().area(), name,
                PersonalDataMask.mask(s.answer().text()), s.answer().sentAt(), s.publishedAt()));
    }

    private void requireState(ProposalState expected, String action) {
        if (s.state() != expected) {
            throw new ProposalStateException(s.receiptNumber(), s.state(), action);
        }
    }

    private ProposalSnapshot with(ProposalState state, String reason, ReceiptNumber mergedInto, List<String> divisions,
                                  Answer answer, Instant withdrawnAt) {
        return new ProposalSnapshot(s.receiptNumber(), s.secretHash(), s.channel(), s.intakeOffice(), s.subject(),
                s.text(), s.category(), s.initiatives(), s.contact(), s.wantsAnswer(), s.publicationConsent(),
                s.receivedAt(), s.answerDueOn(), state, reason, mergedInto, divisions, answer, s.publishedAt(),
                s.adoption(), withdrawnAt, s.version());
    }

    private ProposalSnapshot copy(Answer answer, Instant publishedAt, Adoption adoption) {
        return new ProposalSnapshot(s.receiptNumber(), s.secretHash(), s.channel(), s.intakeOffice(), s.subject(),
                s.text(), s.category(), s.initiatives(), s.contact(), s.wantsAnswer(), s.publicationConsent(),
                s.receivedAt(), s.answerDueOn(), s.state(), s.decisionReason(), s.mergedInto(), s.divisions(), answer,
                publishedAt, adoption, s.withdrawnAt(), s.version());
    }

    @Override
    public String toString() {
        return "CitizenProposal[" + s.receiptNumber() + ", " + s.state() + "]";
    }
}
